package io.kbplatform.search.query;

import java.util.List;
import java.util.Map;

/**
 * How many articles matched in all, one page of them, the facet counts (first page only), the
 * cursor of the next page (null on the last), and a corrected query when this one found little.
 */
public record SearchResults(
    long total,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    String next,
    String didYouMean) {}
