package io.kbplatform.bench.fetch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.FetchProfile;
import co.elastic.clients.elasticsearch.core.search.FetchProfileBreakdown;
import co.elastic.clients.elasticsearch.core.search.ShardProfile;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpUtils;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends the two requests of a search (kNN, then keyword) and records their cost: {@code took} of
 * each as Elasticsearch reports it, the fetch phase of each from the search profile (a separate,
 * profiled run of the same request), and the wall time of the whole search as the app pays it — two
 * searches one after the other, or one {@code _msearch}.
 */
final class FetchMeasurement {

  /** How a search's two requests travel. */
  enum Transport {
    /** Two searches, one round trip each (before v4). */
    TWO_REQUESTS,
    /** One {@code _msearch}, kNN then keyword ({@code max_concurrent_searches=1}, the app's). */
    MSEARCH_IN_ORDER,
    /** One {@code _msearch}, both at once (Elasticsearch's default concurrency). */
    MSEARCH_CONCURRENT
  }

  /** Milliseconds per search, one list per figure. */
  static final class Costs {
    final List<Double> knnTook = new ArrayList<>();
    final List<Double> keywordTook = new ArrayList<>();
    final List<Double> knnFetch = new ArrayList<>();
    final List<Double> keywordFetch = new ArrayList<>();
    final List<Double> wall = new ArrayList<>();

    /** The fetch phase's parts ("kNN InnerHitsPhase", "keyword HighlightPhase"…). */
    final Map<String, List<Double>> fetchParts = new TreeMap<>();
  }

  private final ElasticsearchClient client;

  FetchMeasurement(ElasticsearchClient client) {
    this.client = client;
  }

  /** Sends the search once and adds its took and wall times to {@code costs}. */
  void send(SearchRequest knn, SearchRequest keyword, Transport transport, Costs costs)
      throws IOException {
    long start = System.nanoTime();
    if (transport == Transport.TWO_REQUESTS) {
      SearchResponse<JsonData> k = client.search(knn, JsonData.class);
      SearchResponse<JsonData> w = client.search(keyword, JsonData.class);
      costs.wall.add(millis(System.nanoTime() - start));
      costs.knnTook.add((double) k.took());
      costs.keywordTook.add((double) w.took());
      return;
    }
    List<RequestItem> items = List.of(item(knn), item(keyword));
    MsearchResponse<JsonData> response =
        client.msearch(
            m -> {
              m.searches(items);
              if (transport == Transport.MSEARCH_IN_ORDER) {
                m.maxConcurrentSearches(1L);
              }
              return m;
            },
            JsonData.class);
    costs.wall.add(millis(System.nanoTime() - start));
    costs.knnTook.add(took(response.responses().get(0)));
    costs.keywordTook.add(took(response.responses().get(1)));
  }

  /** Runs both requests once more with the profiler and adds their fetch-phase times. */
  void profile(SearchRequest knn, SearchRequest keyword, Costs costs) throws IOException {
    costs.knnFetch.add(fetchMillis(client.search(profiled(knn), JsonData.class), "kNN", costs));
    costs.keywordFetch.add(
        fetchMillis(client.search(profiled(keyword), JsonData.class), "keyword", costs));
  }

  private RequestItem item(SearchRequest request) {
    String body = JsonpUtils.toJsonString(request, client._jsonpMapper());
    return RequestItem.of(
        r -> r.header(h -> h.index(request.index())).body(b -> b.withJson(new StringReader(body))));
  }

  private SearchRequest profiled(SearchRequest request) {
    String body = JsonpUtils.toJsonString(request, client._jsonpMapper());
    return SearchRequest.of(
        s -> s.withJson(new StringReader(body)).index(request.index()).profile(true));
  }

  private static double took(MultiSearchResponseItem<JsonData> item) {
    if (item.isFailure()) {
      throw new IllegalStateException("A search failed: " + item.failure().error().reason());
    }
    return item.result().took();
  }

  private static double fetchMillis(SearchResponse<JsonData> response, String kind, Costs costs) {
    long nanos = 0;
    Map<String, Long> parts = new TreeMap<>();
    for (ShardProfile shard : response.profile().shards()) {
      FetchProfile fetch = shard.fetch();
      if (fetch == null) {
        continue;
      }
      nanos += fetch.timeInNanos();
      parts.merge(kind + " loading stored fields and source", loading(fetch), Long::sum);
      for (FetchProfile child : fetch.children()) {
        parts.merge(kind + " " + child.type(), child.timeInNanos(), Long::sum);
      }
    }
    parts.forEach(
        (part, time) ->
            costs.fetchParts.computeIfAbsent(part, p -> new ArrayList<>()).add(millis(time)));
    return millis(nanos);
  }

  private static long loading(FetchProfile fetch) {
    FetchProfileBreakdown b = fetch.breakdown();
    return value(b.loadStoredFields()) + value(b.loadSource()) + value(b.nextReader());
  }

  private static long value(Integer nanos) {
    return nanos == null ? 0 : nanos;
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  /** The value at percentile {@code p} (0–100) of the figures, nearest rank. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
