/**
 * The transactional outbox: changes that other systems (the search index) must learn about are
 * recorded in the same database transaction as the change, and drained later with retries.
 */
package io.kbplatform.content.outbox;
