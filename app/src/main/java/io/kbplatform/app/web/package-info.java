/**
 * Serves the web UI: the shell page with its Content-Security-Policy, security headers on the
 * static modules, and the session cookie's settings.
 */
package io.kbplatform.app.web;
