/**
 * Keeping the index in step with the database: the outbox is drained into Elasticsearch in the
 * background, retried with backoff while the cluster is away, so it catches up by itself.
 */
package io.kbplatform.search.indexing;
