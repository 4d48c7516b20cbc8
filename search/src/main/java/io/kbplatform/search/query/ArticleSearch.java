package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/** Finds published articles for a free-text query, best match first, with highlighted snippets. */
@ApplicationScoped
public class ArticleSearch {

  public static final int MAX_LIMIT = 100;
  static final int SNIPPET_LENGTH = 160;
  static final double NEEDS_REVIEW_FACTOR = 0.8;

  private SearchCluster cluster;
  private ArticleIndex index;

  protected ArticleSearch() {}

  @Inject
  public ArticleSearch(SearchCluster cluster, ArticleIndex index) {
    this.cluster = cluster;
    this.index = index;
  }

  /**
   * Searches what the scope allows; archived articles only when asked for, and then only in spaces
   * the actor edits.
   */
  public SearchResults search(String text, int limit, ReadScope scope, boolean includeArchived) {
    return search(new SearchRequest(text, limit, null, null, null, includeArchived), scope);
  }

  /** Searches what the scope allows, as the request asks. */
  public SearchResults search(SearchRequest request, ReadScope scope) {
    String text = request.text();
    int limit = request.limit();
    boolean includeArchived = request.includeArchived();
    try {
      index.ensureExists();
      SearchResponse<ArticleDocument> response =
          cluster
              .client()
              .search(
                  s ->
                      s.index(index.alias())
                          .query(query(text, ReadFilter.of(scope, includeArchived)))
                          .size(Math.max(1, Math.min(limit, MAX_LIMIT)))
                          .trackTotalHits(t -> t.enabled(true))
                          .source(
                              src ->
                                  src.filter(
                                      f ->
                                          f.includes(
                                              "id", "space", "title", "status", "needs_review")))
                          .highlight(highlight()),
                  ArticleDocument.class);
      List<SearchHit> hits = response.hits().hits().stream().map(ArticleSearch::toHit).toList();
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new SearchResults(total, hits);
    } catch (IOException e) {
      throw new SearchUnavailableException(e);
    } catch (ElasticsearchException e) {
      if (ClusterUnavailable.isMissingIndex(e)) {
        index.forget();
      }
      if (ClusterUnavailable.isCause(e)) {
        throw new SearchUnavailableException(e);
      }
      throw new SearchRejectedException(e);
    }
  }

  /**
   * The relevance query, filtered; articles that need review keep their place among equals but
   * score lower.
   */
  static Query query(String text, List<Query> filters) {
    Query relevance = relevance(text);
    Query filtered = Query.of(q -> q.bool(b -> b.must(relevance).filter(filters)));
    return Query.of(
        q ->
            q.boosting(
                b ->
                    b.positive(filtered)
                        .negative(n -> n.term(t -> t.field("needs_review").value(true)))
                        .negativeBoost(NEEDS_REVIEW_FACTOR)));
  }

  static Query relevance(String text) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.must(
                            m ->
                                m.multiMatch(
                                    mm ->
                                        mm.query(text)
                                            .fields(
                                                "title^3",
                                                "title.words^2",
                                                "body",
                                                "body.words^0.5",
                                                "tags.text^2",
                                                "attachments^0.5",
                                                "attachments.words^0.3")
                                            .type(TextQueryType.BestFields)
                                            .tieBreaker(0.3)
                                            .operator(Operator.Or)
                                            .minimumShouldMatch("60%")))
                        .should(
                            s ->
                                s.multiMatch(
                                    mm ->
                                        mm.query(text)
                                            .fields("title^3", "body")
                                            .type(TextQueryType.Phrase)
                                            .slop(2)
                                            .boost(2f)))));
  }

  private static Highlight highlight() {
    return Highlight.of(
        h ->
            h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .fields(
                    "body",
                    f ->
                        f.fragmentSize(SNIPPET_LENGTH)
                            .numberOfFragments(1)
                            .noMatchSize(SNIPPET_LENGTH))
                .fields("title", f -> f.numberOfFragments(0))
                .fields("attachments", f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(1)));
  }

  private static SearchHit toHit(Hit<ArticleDocument> hit) {
    ArticleDocument doc = hit.source();
    String body = first(hit, "body");
    String title = first(hit, "title");
    String attachment = first(hit, "attachments");
    String snippet;
    if (body != null && body.contains("<mark>")) {
      snippet = body;
    } else if (attachment != null && attachment.contains("<mark>")) {
      snippet = attachment;
    } else if (title != null && title.contains("<mark>")) {
      snippet = title;
    } else {
      // The body highlight always has a fragment (no_match_size) unless the body is empty.
      snippet = body != null ? body : "";
    }
    double score = hit.score() == null ? 0 : hit.score();
    return new SearchHit(
        doc.id(),
        doc.space(),
        doc.title(),
        snippet,
        score,
        Boolean.TRUE.equals(doc.needsReview()),
        "ARCHIVED".equals(doc.status()));
  }

  private static String first(Hit<ArticleDocument> hit, String field) {
    List<String> fragments = hit.highlight().getOrDefault(field, List.of());
    return fragments.isEmpty() ? null : fragments.get(0);
  }
}
