/**
 * Searching published articles: the search and autocomplete use cases ({@link
 * io.kbplatform.app.search.SearchService}, {@link io.kbplatform.app.search.SuggestionService}), the
 * recording of searches and clicks for analytics, and the thin REST resource in front of them.
 */
package io.kbplatform.app.search;
