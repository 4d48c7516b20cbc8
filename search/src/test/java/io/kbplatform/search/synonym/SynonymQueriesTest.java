package io.kbplatform.search.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How alternatives become queries: below the original, inside their space. */
class SynonymQueriesTest {

  private static final Function<String, Query> MATCH =
      text -> Query.of(q -> q.match(m -> m.field("body").query(text)));

  @Test
  void withoutSynonymsThereAreNoAlternatives() {
    assertEquals(List.of(), SynonymQueries.none().alternatives("退款", MATCH));
    assertEquals(List.of(), SynonymQueries.alternatives(List.of(), MATCH));
  }

  @Test
  void eachAlternativeMatchesItsTextScoringBelowTheOriginalAndInsideItsSpace() {
    List<Query> queries =
        SynonymQueries.alternatives(
            List.of(new QueryAlternative("refund", null), new QueryAlternative("返款", "CS")), MATCH);

    assertEquals(2, queries.size());
    BoolQuery global = queries.get(0).bool();
    assertEquals("refund", global.must().get(0).match().query().stringValue());
    assertEquals(SynonymQueries.ALTERNATIVE_BOOST, global.boost());
    assertTrue(global.filter().isEmpty(), "a global synonym matches in every space");

    BoolQuery space = queries.get(1).bool();
    assertEquals("返款", space.must().get(0).match().query().stringValue());
    assertEquals(SynonymQueries.ALTERNATIVE_BOOST, space.boost());
    assertEquals("space", space.filter().get(0).term().field());
    assertEquals("CS", space.filter().get(0).term().value().stringValue());
  }
}
