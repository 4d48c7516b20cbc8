package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Nudges the relevance score by freshness, helpfulness and usage, within a narrow band (a factor of
 * 0.85 to 1.0), and lowers articles that need review (×0.8): a better match stays ahead of a
 * clearly worse one whatever its signals, while near-equal matches are ordered by them.
 */
final class RankingSignals {

  static final double BASE = 0.85;
  static final double FRESHNESS = 0.05;
  static final double HELPFULNESS = 0.05;
  static final double POPULARITY = 0.05;
  static final double NEEDS_REVIEW_FACTOR = 0.8;

  /** An article updated this long ago gets half the freshness bonus. */
  static final String FRESHNESS_HALF_LIFE = "180d";

  private RankingSignals() {}

  static Query apply(Query relevance) {
    Query nudged =
        Query.of(
            q ->
                q.functionScore(
                    fs ->
                        fs.query(relevance)
                            .functions(f -> f.weight(BASE))
                            .functions(
                                f ->
                                    f.gauss(
                                            g ->
                                                g.date(
                                                    d ->
                                                        d.field("updated_at")
                                                            .placement(
                                                                p ->
                                                                    p.origin("now")
                                                                        .scale(
                                                                            Time.of(
                                                                                t ->
                                                                                    t.time(
                                                                                        FRESHNESS_HALF_LIFE)))
                                                                        .decay(0.5))))
                                        .weight(FRESHNESS))
                            .functions(
                                f ->
                                    f.fieldValueFactor(
                                            v ->
                                                v.field("helpfulness")
                                                    .missing(0.5)
                                                    .modifier(FieldValueFactorModifier.None))
                                        .weight(HELPFULNESS))
                            .functions(
                                f ->
                                    f.fieldValueFactor(
                                            v ->
                                                v.field("popularity")
                                                    .missing(0.0)
                                                    .modifier(FieldValueFactorModifier.None))
                                        .weight(POPULARITY))
                            .scoreMode(FunctionScoreMode.Sum)
                            .boostMode(FunctionBoostMode.Multiply)));
    return Query.of(
        q ->
            q.boosting(
                b ->
                    b.positive(nudged)
                        .negative(n -> n.term(t -> t.field("needs_review").value(true)))
                        .negativeBoost(NEEDS_REVIEW_FACTOR)));
  }
}
