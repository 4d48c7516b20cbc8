/** The connection to the Elasticsearch cluster, configured by {@code kb.es.url}. */
package io.kbplatform.search.cluster;
