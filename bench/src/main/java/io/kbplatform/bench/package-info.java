/**
 * The search benchmark of docs/benchmarks.md: one run that starts Elasticsearch and the app, loads
 * a generated corpus into the database, measures the app's full rebuild against a raw bulk load,
 * search latency through the API against Elasticsearch queried directly, memory under load and the
 * cost of embeddings, and writes the report.
 */
package io.kbplatform.bench;
