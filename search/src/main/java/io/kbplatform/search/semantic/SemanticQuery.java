package io.kbplatform.search.semantic;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The kNN part of a search: a {@code knn} query over the nested passage vectors ({@code
 * chunks.vector}) inside a {@code nested} query, so that an article scores by its best passage and
 * that passage's text comes back as inner hit for the snippet. The filters (permission trimming,
 * status, facets) are top-level fields: they are given to the kNN query as pre-filters, so that the
 * k nearest are taken among readable articles only, and again as filters of the enclosing query.
 */
public final class SemanticQuery {

  public static final String PATH = "chunks";
  public static final String VECTOR = "chunks.vector";
  public static final String TEXT = "chunks.text";

  /** The name of the inner hits that carry the best passage. */
  public static final String INNER_HITS = "best_chunk";

  private SemanticQuery() {}

  public static Query knn(float[] vector, List<Query> filters, int k, int numCandidates) {
    return knn(vector, filters, k, numCandidates, null);
  }

  /**
   * @param minSimilarity least cosine similarity of a passage to count (ES {@code similarity}), or
   *     null for the k nearest whatever their distance
   */
  public static Query knn(
      float[] vector, List<Query> filters, int k, int numCandidates, Float minSimilarity) {
    List<Float> values = new ArrayList<>(vector.length);
    for (float v : vector) {
      values.add(v);
    }
    List<Query> pre = List.copyOf(filters);
    Query nested =
        Query.of(
            q ->
                q.nested(
                    n ->
                        n.path(PATH)
                            .scoreMode(ChildScoreMode.Max)
                            .query(
                                inner ->
                                    inner.knn(
                                        knn -> {
                                          knn.field(VECTOR)
                                              .queryVector(values)
                                              .k(k)
                                              .numCandidates(Math.max(numCandidates, k))
                                              .filter(pre);
                                          if (minSimilarity != null) {
                                            knn.similarity(minSimilarity);
                                          }
                                          return knn;
                                        }))
                            .innerHits(
                                ih ->
                                    ih.name(INNER_HITS)
                                        .size(1)
                                        .source(s -> s.filter(f -> f.includes(TEXT))))));
    if (pre.isEmpty()) {
      return nested;
    }
    return Query.of(q -> q.bool(b -> b.must(nested).filter(pre)));
  }
}
