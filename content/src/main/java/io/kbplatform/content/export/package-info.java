/**
 * Exporting a space as a ZIP: one Markdown file per article, the attachments and a {@code
 * metadata.json} that the import restores from.
 */
package io.kbplatform.content.export;
