/** Everything Elasticsearch: the index is derived from the database and can always be rebuilt. */
package io.kbplatform.search;
