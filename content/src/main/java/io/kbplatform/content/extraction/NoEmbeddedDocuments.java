package io.kbplatform.content.extraction;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/** Leaves embedded files (images, OLE objects, attachments) unparsed: less work, less risk. */
enum NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
  INSTANCE;

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return false;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
    // nothing: embedded documents are skipped
  }
}
