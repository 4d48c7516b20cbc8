/**
 * Files attached to articles: the bytes in a {@link io.kbplatform.content.attachment.BlobStore},
 * the metadata and extracted text in the database, and the text on the article's search document.
 */
package io.kbplatform.content.attachment;
