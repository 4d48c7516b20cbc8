/** Readiness of the search side: whether the Elasticsearch cluster answers, and its status. */
package io.kbplatform.search.health;
