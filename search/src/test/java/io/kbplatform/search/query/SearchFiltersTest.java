package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.permission.ReadScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filters of a search, built once and given to every request it sends. */
class SearchFiltersTest {

  private static final ReadScope AGENT =
      new ReadScope(false, Set.of("agents"), Set.of(), Set.of("CS"));
  private static final ReadScope NOBODY = new ReadScope(false, Set.of(), Set.of(), Set.of());

  @Test
  void aCallerOnlyFindsArticlesOfSpacesTheyMayRead() {
    SearchFilters filters = SearchFilters.of(SearchQuery.of("refund", 10), AGENT);

    String readable = json(filters.readable());
    assertTrue(readable.contains("{\"terms\":{\"space_readers\":[\"agents\"]}}"), readable);
    assertTrue(readable.contains("{\"term\":{\"status\":{\"value\":\"PUBLISHED\"}}}"), readable);
  }

  @Test
  void aCallerWhoMayReadNothingFindsNothingWhateverTheySelect() {
    SearchQuery request =
        new SearchQuery("refund", 10, Map.of("space", List.of("CS")), null, null, true);

    SearchFilters filters = SearchFilters.of(request, NOBODY);

    assertEquals("[{\"match_none\":{}}]", json(filters.readable()));
    assertTrue(json(filters.readableAndSelected()).startsWith("[{\"match_none\":{}}"));
  }

  @Test
  void facetSelectionsNarrowTheRequestsThatCountNoFacets() {
    SearchQuery request =
        new SearchQuery("refund", 10, Map.of("space", List.of("CS")), null, null, false);

    SearchFilters filters = SearchFilters.of(request, AGENT);

    List<Query> both = filters.readableAndSelected();
    assertEquals(filters.readable().size() + 1, both.size());
    assertEquals(json(filters.readable()), json(both.subList(0, filters.readable().size())));
    assertEquals("[{\"terms\":{\"space\":[\"CS\"]}}]", json(filters.selected()));
    assertEquals(Set.of(Facet.SPACE), filters.selections().keySet());
  }

  @Test
  void archivedArticlesOfSpacesOneEditsAreFoundOnlyWhenAskedFor() {
    SearchQuery archived = new SearchQuery("refund", 10, Map.of(), null, null, true);

    String asked = json(SearchFilters.of(archived, AGENT).readable());
    String autocomplete = json(SearchFilters.publishedReadableBy(AGENT).readable());

    assertTrue(asked.contains("{\"terms\":{\"space\":[\"CS\"]}}"), asked);
    assertFalse(autocomplete.contains("{\"terms\":{\"space\":[\"CS\"]}}"), autocomplete);
    assertTrue(autocomplete.contains("\"PUBLISHED\""), autocomplete);
    assertTrue(autocomplete.contains("space_readers"), autocomplete);
  }

  @Test
  void articlesAnEarlierPageShowedAreLeftOutOfTheNext() {
    SearchFilters filters = SearchFilters.of(SearchQuery.of("refund", 10), AGENT);

    String later = json(filters.readableExcept(List.of("a1", "a2")));

    assertTrue(later.startsWith(json(filters.readable()).replaceAll("]$", "")), later);
    assertTrue(
        later.contains("{\"bool\":{\"must_not\":[{\"ids\":{\"values\":[\"a1\",\"a2\"]}}]}}"));
    assertEquals(filters.readable(), filters.readableExcept(List.of()));
  }

  @Test
  void anUnknownFacetIsABadRequest() {
    SearchQuery request =
        new SearchQuery("refund", 10, Map.of("colour", List.of("red")), null, null, false);

    assertThrows(InvalidRequestException.class, () -> SearchFilters.of(request, AGENT));
  }

  /** The filters as Elasticsearch receives them. */
  static String json(List<Query> filters) {
    return filters.stream()
        .map(q -> q.toString().replaceFirst("^Query: ", ""))
        .toList()
        .toString()
        .replace(", ", ",");
  }
}
