package io.kbplatform.content.importing;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.collection.CollectionRepository;
import io.kbplatform.content.importing.sections.Section;
import io.kbplatform.content.importing.sections.SplitDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a split document as a collection, all of it in one transaction: a draft per section, in
 * order, and the collection article that lists them. Importing the same file into the space again
 * updates that collection: each section replaces the old section of the same title, else the one at
 * the same place, as a new draft version (what was published stays live); old sections the document
 * no longer has leave the collection and stay articles of their own.
 */
@ApplicationScoped
public class CollectionImport {

  private ArticleService articles;
  private CollectionRepository collections;

  protected CollectionImport() {}

  @Inject
  public CollectionImport(ArticleService articles, CollectionRepository collections) {
    this.articles = articles;
    this.collections = collections;
  }

  /** What a saved collection came to. */
  record Saved(String collectionId, int sections, int updated, int detached) {}

  @Transactional
  Saved save(ImportTarget target, String source, SplitDocument document) {
    Optional<Article> existing = collections.importedFrom(target.spaceKey(), source);
    List<Article> old = existing.map(c -> collections.sections(c.id())).orElse(List.of());
    Set<Article> kept = new HashSet<>();
    List<Article> sections = new ArrayList<>();
    int updated = 0;
    for (int i = 0; i < document.sections().size(); i++) {
      Section section = document.sections().get(i);
      Optional<Article> match = match(old, kept, section.title(), i);
      if (match.isPresent()) {
        kept.add(match.get());
        if (revise(target, match.get(), section.title(), section.body())) {
          updated++;
        }
        sections.add(match.get());
      } else {
        sections.add(create(target, section.title(), section.body()));
      }
    }
    String body = CollectionBody.of(document, sections);
    Article collection;
    if (existing.isPresent()) {
      collection = existing.get();
      revise(target, collection, document.title(), body);
    } else {
      collection = create(target, document.title(), body);
    }
    collection.collectImportOf(source);
    collections.flush();
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).placeIn(collection.id(), i + 1);
    }
    int detached = 0;
    for (Article gone : old) {
      if (!kept.contains(gone)) {
        gone.leaveCollection();
        detached++;
      }
    }
    return new Saved(collection.id(), sections.size(), updated, detached);
  }

  /** The old section of the same title, else the one at the same place, not taken yet. */
  private static Optional<Article> match(
      List<Article> old, Set<Article> taken, String title, int index) {
    Optional<Article> byTitle =
        old.stream().filter(a -> !taken.contains(a) && a.title().equals(title)).findFirst();
    if (byTitle.isPresent()) {
      return byTitle;
    }
    return index < old.size() && !taken.contains(old.get(index))
        ? Optional.of(old.get(index))
        : Optional.empty();
  }

  private Article create(ImportTarget target, String title, String body) {
    return articles
        .create(
            target.actor(),
            new NewArticle(
                target.spaceKey(),
                target.categoryId(),
                null,
                title,
                body,
                List.of(),
                null,
                null,
                null))
        .article();
  }

  /** Saves new content as a new draft version if it changed; whether it did. */
  private boolean revise(ImportTarget target, Article article, String title, String body) {
    if (article.title().equals(title) && Objects.equals(article.body(), body)) {
      return false;
    }
    articles.update(
        target.actor(),
        article.id(),
        article.lockVersion(),
        new NewArticle(
            null,
            article.categoryId().orElse(null),
            null,
            title,
            body,
            article.tags(),
            null,
            null,
            null),
        "Imported again");
    return true;
  }
}
