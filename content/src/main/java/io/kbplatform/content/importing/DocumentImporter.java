package io.kbplatform.content.importing;

import io.kbplatform.content.article.ArticleLimits;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.attachment.DocumentExtraction;
import io.kbplatform.content.common.ContentException;
import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.importing.sections.DocumentSplitter;
import io.kbplatform.content.importing.sections.Section;
import io.kbplatform.content.importing.sections.SectionSizes;
import io.kbplatform.content.importing.sections.SplitDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one document into draft articles: extraction first, in the worker JVM, then cleaning (the
 * sharing site's lines, copyright notices, page numbers, tables of contents, pinyin if asked) and,
 * for a long document, splitting into sections saved as a collection; a short one (or any, with
 * splitting off) stays one article. The articles are saved in one transaction, so a file that fails
 * leaves nothing behind.
 */
@ApplicationScoped
public class DocumentImporter {

  private DocumentExtraction extraction;
  private ArticleService articles;
  private CollectionImport collections;
  private DocumentSplitter splitter;

  protected DocumentImporter() {}

  @Inject
  public DocumentImporter(
      DocumentExtraction extraction, ArticleService articles, CollectionImport collections) {
    this.extraction = extraction;
    this.articles = articles;
    this.collections = collections;
    this.splitter = new DocumentSplitter(SectionSizes.DEFAULTS, ArticleLimits.TITLE_LENGTH);
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
    SplitDocument split =
        splitter.split(document.markdown(), document.title(), name, target.options());
    String truncated = document.truncated() ? "The content was cut at the size limit." : null;
    try {
      if (split.isSplit()) {
        CollectionImport.Saved saved = collections.save(target, name, split);
        return ImportOutcome.imported(
            saved.collectionId(), note(split, saved, truncated), saved.sections());
      }
      Section whole = split.sections().get(0);
      ArticleVersion created =
          articles.create(
              target.actor(),
              new NewArticle(
                  target.spaceKey(),
                  target.categoryId(),
                  null,
                  title(whole.title(), name),
                  whole.body(),
                  List.of(),
                  null,
                  null,
                  null));
      return ImportOutcome.imported(created.article().id(), join(removed(split), truncated));
    } catch (ContentException e) {
      return ImportOutcome.failed(e.getMessage());
    }
  }

  private static String note(SplitDocument split, CollectionImport.Saved saved, String truncated) {
    String sections = "Split into " + saved.sections() + " sections";
    if (saved.updated() > 0 || saved.detached() > 0) {
      sections +=
          "; imported before: "
              + saved.updated()
              + " updated, "
              + saved.detached()
              + " no longer in the document left the collection";
    }
    return join(sections + ".", removed(split), truncated);
  }

  private static String removed(SplitDocument split) {
    return split.removed().isEmpty() ? null : "Removed " + split.removed() + ".";
  }

  private static String join(String... notes) {
    String joined =
        java.util.Arrays.stream(notes)
            .filter(n -> n != null && !n.isBlank())
            .collect(java.util.stream.Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
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
