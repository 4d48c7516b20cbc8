package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Extracts in the current JVM with Tika: Office files through the streaming (SAX) extractors, a
 * write limit that truncates instead of failing, Tika's zip-bomb checks, no embedded documents and
 * no OCR. Runs inside {@link ExtractionWorker}; in the server use {@link ForkedDocumentExtractor}.
 */
public final class TikaMarkdownConverter implements DocumentExtractor {

  private final PlainTextConverter plainText = new PlainTextConverter();

  @Override
  public ExtractedDocument extract(Path file, String fileName, ExtractionLimits limits)
      throws ExtractionException {
    InputFiles.checkSize(file, limits);
    String mediaType = detect(file, fileName);
    if (MediaTypes.OOXML_PROTECTED.equals(mediaType)) {
      throw new ExtractionException(Reason.ENCRYPTED, "The file is protected by a password.");
    }
    if (MediaTypes.OOXML_UNKNOWN.equals(mediaType)) {
      throw new ExtractionException(Reason.CORRUPT, "The Office file is damaged.");
    }
    if (!MediaTypes.isSupported(mediaType)) {
      throw new ExtractionException(
          Reason.UNSUPPORTED_TYPE,
          "Files of type "
              + mediaType
              + " are not supported; use DOCX, PPTX, PDF, HTML, "
              + "Markdown or plain text.");
    }
    String fallbackTitle = Titles.fromFileName(fileName);
    if (MediaTypes.MARKDOWN.equals(mediaType) || MediaTypes.TEXT.equals(mediaType)) {
      return plainText.convert(file, mediaType, fallbackTitle, limits);
    }
    return parse(file, mediaType, fallbackTitle, limits);
  }

  private ExtractedDocument parse(
      Path file, String mediaType, String fallbackTitle, ExtractionLimits limits)
      throws ExtractionException {
    MarkdownBuilder out =
        new MarkdownBuilder(limits.maxOutputChars(), MediaTypes.PDF.equals(mediaType));
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(file)) {
      AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
      parser.setAutoDetectParserConfig(autoDetectConfig(limits));
      parser.parse(in, new MarkdownContentHandler(out), metadata, context());
    } catch (Exception e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw translate(e);
      }
    }
    String title =
        Titles.firstNonBlank(metadata.get(TikaCoreProperties.TITLE), out.firstHeading())
            .orElseGet(() -> Titles.fromNameOrFirstLine(fallbackTitle, out.text()));
    return new ExtractedDocument(mediaType, title, out.markdown(), out.text(), out.truncated());
  }

  private static AutoDetectParserConfig autoDetectConfig(ExtractionLimits limits) {
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumCompressionRatio(limits.maxCompressionRatio());
    config.setOutputThreshold(1_000_000);
    config.setMaximumDepth(100);
    config.setMaximumPackageEntryDepth(10);
    return config;
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
    return context;
  }

  private static String detect(Path file, String fileName) throws ExtractionException {
    try {
      return MediaTypes.detect(file, fileName);
    } catch (RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "The file cannot be read.", e);
    }
  }

  /** The reason a parse failed, judged from the exception and its causes. */
  static ExtractionException translate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String type = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EncryptedDocumentException
          || type.equals("EncryptedDocumentException")
          || type.equals("InvalidPasswordException")) {
        return new ExtractionException(
            Reason.ENCRYPTED, "The file is protected by a password.", failure);
      }
      if (t instanceof ZeroByteFileException) {
        return new ExtractionException(Reason.CORRUPT, "The file is empty.", failure);
      }
      if (t instanceof TikaMemoryLimitException
          || message.contains("zip bomb")
          || type.equals("SecureSAXException")) {
        return new ExtractionException(
            Reason.RESOURCE_LIMIT,
            "The file expands to far more than its size (a suspected ZIP bomb).",
            failure);
      }
    }
    return new ExtractionException(
        Reason.CORRUPT, "The file is damaged or not what its type says.", failure);
  }
}
