/**
 * Indexing measurements: the app's full rebuild from the database against a raw bulk load of the
 * same documents into a scratch index.
 */
package io.kbplatform.bench.indexing;
