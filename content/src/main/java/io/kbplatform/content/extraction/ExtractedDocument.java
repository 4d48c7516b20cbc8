package io.kbplatform.content.extraction;

import java.util.Objects;

/**
 * What a document yields.
 *
 * @param mediaType the media type detected from the bytes, e.g. {@code application/pdf}
 * @param title from the document's metadata or first heading, else the file name without extension
 * @param markdown the content as Markdown, for a draft article
 * @param text plain text for the search index, without whitespace between CJK characters
 * @param truncated whether the output limit cut the content short
 */
public record ExtractedDocument(
    String mediaType, String title, String markdown, String text, boolean truncated) {

  public ExtractedDocument {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(text, "text");
  }
}
