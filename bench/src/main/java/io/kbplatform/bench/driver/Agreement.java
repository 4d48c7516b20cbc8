package io.kbplatform.bench.driver;

import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.capture.CapturingProxy;
import io.kbplatform.bench.capture.EsExchange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the replay is the app's work: each captured request, sent again straight to
 * Elasticsearch, answers the same hits in the same order as it did when the app sent it.
 */
public final class Agreement {

  /** How many requests answered alike, and the first few that did not. */
  public record Result(int requests, int sameHits, List<String> differences) {}

  private final HttpClient client = HttpClient.newHttpClient();

  public Result check(Target replay, List<CapturedSearch> captured)
      throws IOException, InterruptedException {
    int requests = 0;
    int same = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < captured.size(); i++) {
      List<EsExchange> exchanges = captured.get(i).exchanges();
      for (int j = 0; j < exchanges.size(); j++) {
        HttpRequest request = replay.searches().get(i).get(j);
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        List<String> ids = CapturingProxy.hitIds(response.body());
        requests++;
        if (response.statusCode() == exchanges.get(j).status()
            && ids.equals(exchanges.get(j).hitIds())) {
          same++;
        } else if (differences.size() < 5) {
          differences.add(
              captured.get(i).query()
                  + " #"
                  + (j + 1)
                  + " ("
                  + exchanges.get(j).kind()
                  + "): app saw "
                  + exchanges.get(j).hitIds().size()
                  + " hits, replay "
                  + ids.size()
                  + " (HTTP "
                  + response.statusCode()
                  + ")");
        }
      }
    }
    return new Result(requests, same, differences);
  }
}
