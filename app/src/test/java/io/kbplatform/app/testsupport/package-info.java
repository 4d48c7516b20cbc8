/**
 * Shared test fixtures: the one Elasticsearch node and the one Payara Micro server of a test run
 * ({@link io.kbplatform.app.testsupport.KbServerTest}), the deployment for in-container tests, an
 * API client, waiting ({@link io.kbplatform.app.testsupport.Eventually}), unique names ({@link
 * io.kbplatform.app.testsupport.Markers}), and a real headless Chromium for browser scenarios (with
 * screenshots of failed tests).
 */
package io.kbplatform.app.testsupport;
