/**
 * Shared test fixtures: the one Elasticsearch node of a test run, the deployment, an API client,
 * and a real headless Chromium for browser scenarios (with screenshots of failed tests).
 */
package io.kbplatform.app.testsupport;
