/**
 * The processes under test (Elasticsearch through the devtools module, Payara Micro with the app),
 * plain HTTP calls to them, and their memory as the operating system and the JVM see it.
 */
package io.kbplatform.bench.runtime;
