package io.kbplatform.content.attachment;

import io.kbplatform.content.extraction.MediaTypes;
import java.util.Set;

/** Which detected media types may be attached, which have text, and which a browser may show. */
public final class AttachmentTypes {

  private static final Set<String> DOCUMENTS =
      Set.of(
          MediaTypes.PDF,
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/rtf",
          "text/plain",
          "text/markdown",
          "text/csv",
          "text/html",
          "application/xhtml+xml");

  private static final String OPENXML = "application/vnd.openxmlformats-officedocument.";
  private static final String OPENDOCUMENT = "application/vnd.oasis.opendocument.";

  private AttachmentTypes() {}

  /** Images, video, audio, PDF, Office and OpenDocument files, text, Markdown, CSV and HTML. */
  public static boolean isAllowed(String mediaType) {
    return isMedia(mediaType)
        || DOCUMENTS.contains(mediaType)
        || mediaType.startsWith(OPENXML)
        || mediaType.startsWith(OPENDOCUMENT);
  }

  /** Whether the text of this type is extracted for search. */
  public static boolean hasText(String mediaType) {
    return MediaTypes.isSupported(mediaType);
  }

  /**
   * Whether a browser may show the file in place: raster images, video, audio and PDF. SVG is
   * excluded because it can carry scripts.
   */
  public static boolean isInline(String mediaType) {
    return (isMedia(mediaType) && !mediaType.equals("image/svg+xml"))
        || MediaTypes.PDF.equals(mediaType);
  }

  private static boolean isMedia(String mediaType) {
    return mediaType.startsWith("image/")
        || mediaType.startsWith("video/")
        || mediaType.startsWith("audio/");
  }
}
