package io.kbplatform.search.query;

import java.util.List;

/** How many articles matched in all, and the best of them. */
public record SearchResults(long total, List<SearchHit> hits) {}
