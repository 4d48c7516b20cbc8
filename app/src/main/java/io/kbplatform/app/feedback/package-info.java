/**
 * REST resources for feedback on articles, its summary, the owner's inbox and the reporter's list.
 */
package io.kbplatform.app.feedback;
