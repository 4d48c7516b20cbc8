package io.kbplatform.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that both targets answer alike: for each query of the mix, the total and the ids of the
 * hits the API shows against those Elasticsearch returns for the same request.
 */
public final class Agreement {

  /** How many queries agreed, and the first few that did not. */
  public record Result(int queries, int sameTotal, int sameHits, List<String> differences) {}

  private final HttpClient client = HttpClient.newHttpClient();

  public Result check(Target api, Target es, int limit) throws IOException, InterruptedException {
    int sameTotal = 0;
    int sameHits = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < QueryMix.QUERIES.size(); i++) {
      JsonNode a = body(api.requests().get(i));
      JsonNode e = body(es.requests().get(i));
      long apiTotal = a.path("total").asLong(-1);
      long esTotal = e.path("hits").path("total").path("value").asLong(-2);
      List<String> apiIds = new ArrayList<>();
      a.path("hits").forEach(h -> apiIds.add(h.path("id").asText()));
      List<String> esIds = new ArrayList<>();
      for (JsonNode h : e.path("hits").path("hits")) {
        if (esIds.size() < limit) {
          esIds.add(h.path("_id").asText());
        }
      }
      boolean total = apiTotal == esTotal;
      boolean hits = apiIds.equals(esIds);
      sameTotal += total ? 1 : 0;
      sameHits += hits ? 1 : 0;
      if ((!total || !hits) && differences.size() < 5) {
        differences.add(
            QueryMix.QUERIES.get(i).text()
                + ": API total "
                + apiTotal
                + " "
                + apiIds.size()
                + " hits, ES total "
                + esTotal
                + " "
                + esIds.size()
                + " hits"
                + (hits ? "" : " (hit ids differ)"));
      }
    }
    return new Result(QueryMix.QUERIES.size(), sameTotal, sameHits, differences);
  }

  private JsonNode body(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return Http.JSON.readTree(response.body());
  }
}
