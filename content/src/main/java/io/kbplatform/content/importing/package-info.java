/**
 * Importing documents (DOCX, PPTX, PDF, HTML, Markdown, text, or a ZIP of them, or a space export)
 * as draft articles, in background jobs whose progress is kept in the database.
 */
package io.kbplatform.content.importing;
