/** Readiness of the search side: the cluster and the indexing backlog. */
package io.kbplatform.search.health;
