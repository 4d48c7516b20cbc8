/** Searching published articles: the query, its highlighting and the results it returns. */
package io.kbplatform.search.query;
