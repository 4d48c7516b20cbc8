package io.kbplatform.bench.driver;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.kbplatform.content.permission.ReadScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A copy of the request {@code ArticleSearch.search} sent before {@code elasticsearchRequest}
 * existed (no facets): only for trying the harness on such a build. Reports say which was used.
 */
final class InterimRequest {

  private InterimRequest() {}

  static SearchRequest of(String alias, String text, int limit, ReadScope scope) {
    List<Query> filters = new ArrayList<>();
    filters.add(terms("space_readers", scope.principals()));
    List<String> restriction = new ArrayList<>(scope.principals());
    restriction.add(ReadScope.UNRESTRICTED);
    filters.add(terms("restricted_to", restriction));
    filters.add(Query.of(q -> q.term(t -> t.field("status").value("PUBLISHED"))));
    Query relevance =
        Query.of(
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
    Query filtered = Query.of(q -> q.bool(b -> b.must(relevance).filter(filters)));
    Query query =
        Query.of(
            q ->
                q.boosting(
                    b ->
                        b.positive(filtered)
                            .negative(n -> n.term(t -> t.field("needs_review").value(true)))
                            .negativeBoost(0.8)));
    return SearchRequest.of(
        s ->
            s.index(alias)
                .query(query)
                .size(limit)
                .trackTotalHits(t -> t.enabled(true))
                .source(
                    src ->
                        src.filter(
                            f -> f.includes("id", "space", "title", "status", "needs_review")))
                .highlight(
                    h ->
                        h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>")
                            .postTags("</mark>")
                            .fields(
                                "body",
                                f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160))
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("attachments", f -> f.fragmentSize(160).numberOfFragments(1))));
  }

  private static Query terms(String field, Collection<String> values) {
    List<FieldValue> list = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
  }
}
