/**
 * Searching published articles: the keyword query and its ranking signals, facets, cursors,
 * highlighting, "did you mean", autocomplete, and the fusion with semantic hits, every part trimmed
 * to what the caller may read.
 */
package io.kbplatform.search.query;
