/**
 * Benchmarks of the learning features that run in the JVM alone, without Elasticsearch or the app:
 * quiz statistics over a generated set of attempts (docs/benchmarks-learning.md).
 */
package io.kbplatform.bench.learning;
