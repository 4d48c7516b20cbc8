/**
 * Administration of the search index: rebuilds and their progress, outbox failures and dead
 * letters, and the database-against-index consistency check.
 */
package io.kbplatform.app.searchindex;
