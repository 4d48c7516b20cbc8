package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.SemanticQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hits found by meaning: the article and its best passage (the kNN inner hit's chunk) as the
 * snippet (HTML-escaped, no marks: no word of the query need be in it). The hit's {@code passage}
 * is chosen from that chunk afterwards by {@link Passages}: the chunk's sentence sharing most of
 * the query's words, marked, else its first sentence that is not a heading.
 */
final class SemanticHits {

  private SemanticHits() {}

  /**
   * By id, in the order of the kNN answer, leaving out those whose best passage is less similar
   * than the best hit's by more than {@code margin} (cosine). A cosine kNN score is (1 + cosine) /
   * 2, so the margin is halved on scores.
   */
  static Map<String, SearchHit> of(SearchResponse<ArticleDocument> response, double margin) {
    Map<String, SearchHit> hits = new LinkedHashMap<>();
    double best =
        response.hits().hits().stream()
            .mapToDouble(h -> h.score() == null ? 0 : h.score())
            .max()
            .orElse(0);
    for (Hit<ArticleDocument> hit : response.hits().hits()) {
      if (hit.score() != null && hit.score() < best - margin / 2) {
        continue;
      }
      hits.put(hit.source().id(), ArticleHits.meaning(hit, escape(passage(hit))));
    }
    return hits;
  }

  private static String passage(Hit<ArticleDocument> hit) {
    InnerHitsResult inner = hit.innerHits().get(SemanticQuery.INNER_HITS);
    if (inner == null || inner.hits().hits().isEmpty()) {
      return "";
    }
    JsonData source = inner.hits().hits().get(0).source();
    if (source == null) {
      return "";
    }
    JsonValue json = source.toJson();
    if (!(json instanceof JsonObject object)) {
      return "";
    }
    JsonValue text = object.get("text");
    if (text == null && object.get("chunks") instanceof JsonObject chunks) {
      text = chunks.get("text");
    }
    return text instanceof jakarta.json.JsonString string ? string.getString() : "";
  }

  /** The same escaping as Elasticsearch's html highlight encoder. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#x27;");
        case '/' -> escaped.append("&#x2F;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
