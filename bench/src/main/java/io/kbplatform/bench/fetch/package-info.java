/**
 * Where the time of one search goes inside Elasticsearch (query phase, fetch phase, round trips),
 * measured on two copies of the same corpus: the index layout before definition v4 (vectors in
 * {@code _source}, no term vectors, one request per half of a search) and the current one. Run by
 * hand ({@link io.kbplatform.bench.fetch.FetchCostMain}); not part of the test suite.
 */
package io.kbplatform.bench.fetch;
