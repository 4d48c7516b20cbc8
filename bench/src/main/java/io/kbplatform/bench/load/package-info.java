/** Puts the corpus into the database, the source of truth, with JDBC batch inserts. */
package io.kbplatform.bench.load;
