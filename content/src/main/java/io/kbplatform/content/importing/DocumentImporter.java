package io.kbplatform.content.importing;

import io.kbplatform.content.article.ArticleLimits;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.attachment.DocumentExtraction;
import io.kbplatform.content.common.ContentException;
import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one document into a draft article: extraction first, in the worker JVM, and only when it
 * succeeded the article, in its own transaction. A file that fails leaves nothing behind.
 */
@ApplicationScoped
public class DocumentImporter {

  private DocumentExtraction extraction;
  private ArticleService articles;

  protected DocumentImporter() {}

  @Inject
  public DocumentImporter(DocumentExtraction extraction, ArticleService articles) {
    this.extraction = extraction;
    this.articles = articles;
  }

  ImportOutcome importFile(ImportTarget target, Path file, String name) {
    ExtractedDocument document;
    try {
      document = extraction.extractInBackground(file, lastSegment(name));
    } catch (ExtractionException e) {
      String reason = e.reason() + ": " + e.getMessage();
      return e.reason() == ExtractionException.Reason.UNSUPPORTED_TYPE
          ? ImportOutcome.skipped(reason)
          : ImportOutcome.failed(reason);
    }
    try {
      ArticleVersion created =
          articles.create(
              target.actor(),
              new NewArticle(
                  target.spaceKey(),
                  target.categoryId(),
                  null,
                  title(document.title(), name),
                  document.markdown(),
                  List.of(),
                  null,
                  null,
                  null));
      return ImportOutcome.imported(
          created.article().id(),
          document.truncated() ? "The content was cut at the size limit." : null);
    } catch (ContentException e) {
      return ImportOutcome.failed(e.getMessage());
    }
  }

  static String title(String extracted, String fileName) {
    String title = extracted == null ? "" : extracted.strip().replaceAll("\\s+", " ");
    if (title.isEmpty()) {
      title = lastSegment(fileName).replaceFirst("\\.[^.]{1,8}$", "");
    }
    if (title.isEmpty()) {
      title = "Untitled";
    }
    return title.length() > ArticleLimits.TITLE_LENGTH
        ? title.substring(0, ArticleLimits.TITLE_LENGTH)
        : title;
  }

  static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
