package io.kbplatform.content.attachment;

/** What became of an attachment's text. */
public enum ExtractionStatus {
  /** The text was extracted (possibly cut at the output limit, see the reason). */
  EXTRACTED,
  /** The file is stored but its text could not be extracted; the reason says why. */
  FAILED,
  /** A type without text to extract, such as an image or a video. */
  NOT_APPLICABLE
}
