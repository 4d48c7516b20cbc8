/**
 * Synonyms at query time: the sets authors manage are folded like the index folds text and turned
 * into alternative queries, so a change applies to the very next search without reindexing. A query
 * made of synonyms is also said in the other language (Chinese ⇄ English) through them.
 */
package io.kbplatform.search.synonym;
