/**
 * The web UI seen from a browser: scenario classes that {@code WebUiIT} runs against one
 * deployment, and checks on what the UI ships (the asset budget).
 */
package io.kbplatform.app.ui;
