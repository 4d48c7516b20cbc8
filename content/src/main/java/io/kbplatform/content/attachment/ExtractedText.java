package io.kbplatform.content.attachment;

/**
 * The text of an attachment, or why there is none.
 *
 * @param status what happened
 * @param text the text for search, or null
 * @param reason why extraction failed or was cut short, or null
 */
public record ExtractedText(ExtractionStatus status, String text, String reason) {

  public static ExtractedText notApplicable() {
    return new ExtractedText(ExtractionStatus.NOT_APPLICABLE, null, null);
  }
}
