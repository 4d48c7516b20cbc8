/**
 * Captures the Elasticsearch requests the app sends for each search (a recording HTTP proxy between
 * the app and Elasticsearch), so that Elasticsearch can be measured on exactly the same requests.
 */
package io.kbplatform.bench.capture;
