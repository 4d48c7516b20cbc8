package io.kbplatform.bench.capture;

import java.util.List;

/** The Elasticsearch requests the app sent, in order, for one API search of the query mix. */
public record CapturedSearch(String query, List<EsExchange> exchanges) {

  /** The kinds of the requests in order, e.g. {@code knn, keyword}. */
  public String kinds() {
    return String.join(", ", exchanges.stream().map(EsExchange::kind).toList());
  }
}
