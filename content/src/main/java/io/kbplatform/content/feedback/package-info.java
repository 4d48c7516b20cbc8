/**
 * Feedback on published articles: readers vote helpful or not helpful (one current vote per user
 * and version), flag content as wrong or comment on it; owners and publishers work through the
 * flags and comments (new, acknowledged, resolved) and reply.
 */
package io.kbplatform.content.feedback;
