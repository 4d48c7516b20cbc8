package io.kbplatform.content.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types judged by the bytes. The client's file name only refines a text type (a {@code .md}
 * file is {@code text/markdown}, not {@code text/plain}); it is never trusted for binary types, so
 * a PDF named {@code x.png} is a PDF and a program named {@code report.pdf} is not.
 */
public final class MediaTypes {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String PDF = "application/pdf";
  public static final String HTML = "text/html";
  public static final String XHTML = "application/xhtml+xml";
  public static final String MARKDOWN = "text/markdown";
  public static final String TEXT = "text/plain";
  public static final String ZIP = "application/zip";

  /** An OOXML file wrapped in an OLE2 container by password protection. */
  static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

  /** A ZIP with Office parts whose kind cannot be told: a damaged DOCX, PPTX or XLSX. */
  static final String OOXML_UNKNOWN = "application/x-tika-ooxml";

  /** The types {@link DocumentExtractor}s turn into Markdown. */
  public static final Set<String> SUPPORTED = Set.of(DOCX, PPTX, PDF, HTML, XHTML, MARKDOWN, TEXT);

  private static final String TIKA_MARKDOWN = "text/x-web-markdown";

  private MediaTypes() {}

  /**
   * The media type of a file's bytes, without parameters, e.g. {@code application/pdf}.
   *
   * @param file the bytes
   * @param clientFileName the client's name for it, or {@code null}; refines text types only
   */
  public static String detect(Path file, String clientFileName) {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    MediaType fromBytes;
    try (InputStream in = TikaInputStream.get(file)) {
      fromBytes = tika.getDetector().detect(in, new Metadata()).getBaseType();
      if (MediaType.OCTET_STREAM.equals(fromBytes) && looksLikeText(file)) {
        fromBytes = MediaType.TEXT_PLAIN;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return normalise(refineText(fromBytes, clientFileName, tika.getMimeRepository()).toString());
  }

  public static boolean isSupported(String mediaType) {
    return SUPPORTED.contains(mediaType);
  }

  /**
   * Tika's magic takes text with many bytes above 0x7F (GBK, Big5) for binary: text is what decodes
   * cleanly as UTF-8, GB18030 or Big5 and has no control characters but tabs and line breaks.
   */
  private static boolean looksLikeText(Path file) throws IOException {
    byte[] sample;
    try (InputStream in = Files.newInputStream(file)) {
      sample = in.readNBytes(TextDecoder.SAMPLE_BYTES);
    }
    return sample.length > 0
        && TextDecoder.decodeStrictly(sample)
            .map(text -> text.chars().noneMatch(MediaTypes::isControl))
            .orElse(false);
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  private static MediaType refineText(MediaType fromBytes, String fileName, MimeTypes mimeTypes) {
    if (fileName == null || fileName.isBlank() || !MediaType.TEXT_PLAIN.equals(fromBytes)) {
      return fromBytes;
    }
    MimeType byName;
    try {
      byName = mimeTypes.getMimeType(fileName);
    } catch (RuntimeException e) {
      return fromBytes;
    }
    MediaType named = byName.getType();
    MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
    boolean textual =
        registry.isSpecializationOf(named, MediaType.TEXT_PLAIN) || "text".equals(named.getType());
    return textual ? named : fromBytes;
  }

  private static String normalise(String mediaType) {
    return TIKA_MARKDOWN.equals(mediaType) ? MARKDOWN : mediaType;
  }
}
