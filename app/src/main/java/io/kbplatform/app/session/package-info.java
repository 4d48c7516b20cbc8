/**
 * Signing in and out of the web UI: {@code /api/session} starts a cookie session (with a CSRF
 * token), tells the UI who is signed in and what they may do, and ends it.
 */
package io.kbplatform.app.session;
