/**
 * "My work": the queues the work screen shows (articles awaiting my approval across spaces, my
 * drafts with why they were returned), each assembled by an application service in one request.
 */
package io.kbplatform.app.work;
