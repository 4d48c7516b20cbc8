/**
 * REST resource for article requests: asking for a missing article, the requests editors handle,
 * the asker's own list, and resolving a request as done or declined.
 */
package io.kbplatform.app.articlerequest;
