/**
 * Shared test fixtures: the one Elasticsearch node of a test run, the deployment, an API client.
 */
package io.kbplatform.app.testsupport;
