/**
 * Requests for articles that do not exist yet: an agent whose search found nothing asks for one,
 * others asking the same thing join the open request, and editors of its space mark it done (with
 * the article that answers it) or declined.
 */
package io.kbplatform.content.articlerequest;
