/**
 * REST resources of search analytics: reports of top, zero-result and low click-through queries for
 * authors, trainers and administrators, and the body of a click on a search hit.
 */
package io.kbplatform.app.searchanalytics;
