/**
 * Document extraction for attachments and import: detects the real media type from the bytes and
 * turns DOCX, PPTX, PDF, HTML, Markdown and plain text into Markdown and index text, parsing in a
 * child JVM with its own heap and timeout so that a hostile file cannot harm the server.
 */
package io.kbplatform.content.extraction;
