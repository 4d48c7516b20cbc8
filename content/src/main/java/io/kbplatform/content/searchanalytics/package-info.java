/**
 * Search analytics: every search and every click on a hit is recorded without the searcher's name
 * (the highest role and a keyed-hash pseudonym), its query masked of personal data, off the request
 * path; clicks only from the searcher, on hits shown, once each; reports of top, zero-result and
 * low click-through queries limited to the viewer's spaces, popular queries of several users for
 * autocomplete, and distinct clicking users per article for ranking.
 */
package io.kbplatform.content.searchanalytics;
