/**
 * Search analytics: every search and every click on a hit is recorded without the searcher's name
 * (only the highest role), off the request path; reports of top, zero-result and low click-through
 * queries, popular successful queries for autocomplete, and clicks per article for ranking.
 */
package io.kbplatform.content.searchanalytics;
