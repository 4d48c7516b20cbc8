package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import io.kbplatform.content.common.InvalidRequestException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet selections as filters and facet counts as aggregations. Counting is multi-select: each
 * facet counts the matches of every other facet's selection but not its own, so choosing one space
 * still shows how many matches the other spaces have. Selections filter hits after aggregation
 * ({@code post_filter}); the permission filters apply to hits and counts alike.
 */
final class FacetFilters {

  static final String VERIFIED = "verified";
  static final String NEEDS_REVIEW = "needs_review";

  /** Buckets of the last update, newest first, and the date math of their lower bound. */
  static final Map<String, String> UPDATED_BUCKETS =
      orderedMap("7d", "now-7d/d", "30d", "now-30d/d", "90d", "now-90d/d", "365d", "now-365d/d");

  static final String OLDER = "older";
  private static final int MAX_VALUES = 50;

  private FacetFilters() {}

  /** The selections of a request, by facet; unknown facets or values are a bad request. */
  static Map<Facet, Query> selections(Map<String, List<String>> filters) {
    Map<Facet, Query> selections = new EnumMap<>(Facet.class);
    filters.forEach(
        (key, values) -> {
          Facet facet =
              Facet.byKey(key)
                  .orElseThrow(() -> new InvalidRequestException("Unknown filter: " + key));
          List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
          if (!kept.isEmpty()) {
            selections.put(facet, selection(facet, kept));
          }
        });
    return selections;
  }

  static Query selection(Facet facet, List<String> values) {
    return switch (facet) {
      case VERIFICATION -> verification(values);
      case UPDATED -> updated(values);
      default -> terms(facet.field(), values);
    };
  }

  /** One filter aggregation per facet: the other facets' selections, then the counts. */
  static Map<String, Aggregation> aggregations(Map<Facet, Query> selections) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<Query> others = new ArrayList<>();
      selections.forEach(
          (f, q) -> {
            if (f != facet) {
              others.add(q);
            }
          });
      Aggregation counts = counts(facet);
      aggregations.put(
          facet.key(),
          Aggregation.of(
              a -> a.filter(f -> f.bool(b -> b.filter(others))).aggregations("values", counts)));
    }
    return aggregations;
  }

  private static Aggregation counts(Facet facet) {
    if (facet == Facet.UPDATED) {
      List<DateRangeExpression> ranges = new ArrayList<>();
      UPDATED_BUCKETS.forEach(
          (key, from) ->
              ranges.add(
                  DateRangeExpression.of(
                      r -> r.key(key).from(FieldDateMath.of(m -> m.expr(from))))));
      ranges.add(
          DateRangeExpression.of(
              r -> r.key(OLDER).to(FieldDateMath.of(m -> m.expr(UPDATED_BUCKETS.get("365d"))))));
      return Aggregation.of(a -> a.dateRange(d -> d.field(facet.field()).ranges(ranges)));
    }
    return Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(MAX_VALUES)));
  }

  /** The counts of every facet, values in the order Elasticsearch returns them (most first). */
  static Map<String, List<FacetCount>> counts(Map<String, Aggregate> aggregations) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Aggregate filtered = aggregations.get(facet.key());
      if (filtered == null) {
        continue;
      }
      Aggregate values = filtered.filter().aggregations().get("values");
      List<FacetCount> counts = new ArrayList<>();
      if (values.isSterms()) {
        values
            .sterms()
            .buckets()
            .array()
            .forEach(b -> counts.add(new FacetCount(b.key().stringValue(), b.docCount())));
      } else if (values.isLterms()) {
        values
            .lterms()
            .buckets()
            .array()
            .forEach(
                b ->
                    counts.add(
                        new FacetCount(
                            "true".equals(b.keyAsString()) || b.key() == 1
                                ? NEEDS_REVIEW
                                : VERIFIED,
                            b.docCount())));
      } else if (values.isDateRange()) {
        values
            .dateRange()
            .buckets()
            .array()
            .forEach(
                b -> {
                  if (b.docCount() > 0) {
                    counts.add(new FacetCount(b.key(), b.docCount()));
                  }
                });
      }
      facets.put(facet.key(), counts);
    }
    return facets;
  }

  private static Query verification(List<String> values) {
    List<Query> either = new ArrayList<>();
    for (String value : values) {
      boolean needsReview =
          switch (value) {
            case VERIFIED -> false;
            case NEEDS_REVIEW -> true;
            default ->
                throw new InvalidRequestException(
                    "verification is " + VERIFIED + " or " + NEEDS_REVIEW + ", not " + value);
          };
      either.add(Query.of(q -> q.term(t -> t.field("needs_review").value(needsReview))));
    }
    return anyOf(either);
  }

  private static Query updated(List<String> values) {
    List<Query> either = new ArrayList<>();
    for (String value : values) {
      String from = UPDATED_BUCKETS.get(value);
      if (from != null) {
        either.add(
            Query.of(
                q -> q.range(r -> r.untyped(u -> u.field("updated_at").gte(JsonData.of(from))))));
      } else if (OLDER.equals(value)) {
        either.add(
            Query.of(
                q ->
                    q.range(
                        r ->
                            r.untyped(
                                u ->
                                    u.field("updated_at")
                                        .lt(JsonData.of(UPDATED_BUCKETS.get("365d")))))));
      } else {
        throw new InvalidRequestException(
            "updated is one of " + String.join(", ", UPDATED_BUCKETS.keySet()) + ", " + OLDER);
      }
    }
    return anyOf(either);
  }

  private static Query anyOf(List<Query> either) {
    return Query.of(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")));
  }

  private static Query terms(String field, List<String> values) {
    List<FieldValue> list = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
