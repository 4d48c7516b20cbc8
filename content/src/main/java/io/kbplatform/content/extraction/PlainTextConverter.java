package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown and plain text files: the charset judged from the bytes, Markdown passed through as is,
 * plain text kept line by line; at most the output limit of characters is read.
 */
final class PlainTextConverter {

  private static final Pattern FIRST_HEADING =
      Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
  private static final Pattern HEADING_MARKS = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+");
  private static final Pattern LINKS = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

  ExtractedDocument convert(
      Path file, String mediaType, String fallbackTitle, ExtractionLimits limits)
      throws ExtractionException {
    String content;
    boolean truncated;
    try {
      TextDecoder.Detected detected = TextDecoder.detect(sample(file));
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(detected.byteOrderMarkLength());
        Reader reader = new InputStreamReader(in, detected.charset());
        char[] buffer = new char[limits.maxOutputChars() + 1];
        int length = 0;
        int n;
        while (length < buffer.length
            && (n = reader.read(buffer, length, buffer.length - length)) >= 0) {
          length += n;
        }
        truncated = length > limits.maxOutputChars();
        content = new String(buffer, 0, Math.min(length, limits.maxOutputChars()));
      }
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "The file cannot be read.", e);
    }
    if (content.isBlank()) {
      throw new ExtractionException(Reason.CORRUPT, "The file is empty.");
    }
    if (MediaTypes.MARKDOWN.equals(mediaType)) {
      Matcher heading = FIRST_HEADING.matcher(content);
      String title = heading.find() ? heading.group(1).strip() : fallbackTitle;
      return new ExtractedDocument(mediaType, title, content, indexText(content), truncated);
    }
    return new ExtractedDocument(
        mediaType,
        Titles.fromNameOrFirstLine(fallbackTitle, content),
        content,
        CjkText.forIndex(content),
        truncated);
  }

  /** Markdown with the marks that would pollute the index taken out. */
  private static String indexText(String markdown) {
    String text = HEADING_MARKS.matcher(markdown).replaceAll("");
    text = LINKS.matcher(text).replaceAll("$1");
    return CjkText.forIndex(EMPHASIS.matcher(text).replaceAll(""));
  }

  private static byte[] sample(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(TextDecoder.SAMPLE_BYTES);
    }
  }
}
