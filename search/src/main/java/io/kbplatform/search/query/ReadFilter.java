package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.kbplatform.content.permission.ReadScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns what an actor may read into an Elasticsearch filter, so that hits, totals, snippets and any
 * aggregation only ever count documents the actor may see.
 */
final class ReadFilter {

  private ReadFilter() {}

  static List<Query> of(ReadScope scope, boolean includeArchived) {
    List<Query> filters = new ArrayList<>();
    if (scope.nothing()) {
      filters.add(Query.of(q -> q.matchNone(m -> m)));
      return filters;
    }
    if (!scope.everything()) {
      filters.add(terms("space_readers", scope.principals()));
      List<String> restriction = new ArrayList<>(scope.principals());
      restriction.add(ReadScope.UNRESTRICTED);
      Query admitted = terms("restricted_to", restriction);
      filters.add(
          scope.administeredSpaces().isEmpty()
              ? admitted
              : Query.of(
                  q ->
                      q.bool(
                          b ->
                              b.should(admitted)
                                  .should(terms("space", scope.administeredSpaces()))
                                  .minimumShouldMatch("1"))));
    }
    Query live = Query.of(q -> q.term(t -> t.field("status").value("PUBLISHED")));
    if (!includeArchived) {
      filters.add(live);
    } else if (!scope.everything()) {
      filters.add(
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.should(live)
                              .should(terms("space", scope.editableSpaces()))
                              .minimumShouldMatch("1"))));
    }
    return filters;
  }

  private static Query terms(String field, Collection<String> values) {
    List<FieldValue> list = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
  }
}
