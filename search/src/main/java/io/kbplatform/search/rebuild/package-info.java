/**
 * The index lifecycle: a full rebuild from the database into a new concrete index while the old one
 * keeps serving, then an atomic alias swap; and a consistency check between database and index.
 */
package io.kbplatform.search.rebuild;
