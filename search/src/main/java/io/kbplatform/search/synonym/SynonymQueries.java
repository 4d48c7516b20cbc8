package io.kbplatform.search.synonym;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Widens a relevance query with synonyms: the original match and one clause per alternative, any of
 * which may match; alternatives score a little below the original, and an alternative from a
 * space's synonyms only matches articles of that space.
 */
@ApplicationScoped
public class SynonymQueries {

  /** How much an alternative counts against the words the searcher typed. */
  public static final float ALTERNATIVE_BOOST = 0.8f;

  private SynonymCatalog catalog;

  protected SynonymQueries() {}

  @Inject
  public SynonymQueries(SynonymCatalog catalog) {
    this.catalog = catalog;
  }

  /** Without synonyms: the match query alone, for code that runs outside the container. */
  public static SynonymQueries none() {
    return new SynonymQueries(null);
  }

  /**
   * One query per alternative of the text under the current synonyms, to add as further ways to
   * match beside the text's own match: each is the match of the alternative, boosted {@link
   * #ALTERNATIVE_BOOST}, and limited to its space for a space's synonyms. Empty without synonyms.
   *
   * @param match builds the query that matches a text (the same as for the text itself)
   */
  public List<Query> alternatives(String text, Function<String, Query> match) {
    if (catalog == null) {
      return List.of();
    }
    return alternatives(catalog.expansion().expand(text), match);
  }

  static List<Query> alternatives(
      List<QueryAlternative> alternatives, Function<String, Query> match) {
    List<Query> queries = new ArrayList<>();
    for (QueryAlternative alternative : alternatives) {
      Query alternativeMatch = match.apply(alternative.text());
      queries.add(
          Query.of(
              q ->
                  q.bool(
                      b -> {
                        b.must(alternativeMatch).boost(ALTERNATIVE_BOOST);
                        if (alternative.spaceKey() != null) {
                          b.filter(
                              f -> f.term(t -> t.field("space").value(alternative.spaceKey())));
                        }
                        return b;
                      })));
    }
    return List.copyOf(queries);
  }
}
