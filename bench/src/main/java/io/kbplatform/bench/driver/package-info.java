/**
 * The load driver: a fixed query mix sent by closed-loop clients to the search API and, as the very
 * same Elasticsearch request, straight to Elasticsearch; latency percentiles from the sorted
 * samples.
 */
package io.kbplatform.bench.driver;
