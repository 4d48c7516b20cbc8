package io.kbplatform.content.collection;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the collection an article belongs to, for the article's view. */
@ApplicationScoped
public class ArticleCollections {

  private CollectionRepository collections;
  private ArticleQueries queries;
  private AccessPolicy policy;

  protected ArticleCollections() {}

  @Inject
  public ArticleCollections(
      CollectionRepository collections, ArticleQueries queries, AccessPolicy policy) {
    this.collections = collections;
    this.queries = queries;
    this.policy = policy;
  }

  /**
   * The place of the article in its collection, with the collection and the neighbours the actor
   * may read (readers: published ones only), or empty when it is in none or the actor cannot read
   * the collection.
   */
  @Transactional
  public Optional<CollectionPlace> placeOf(Actor actor, Article article) {
    if (article.collectionId().isEmpty() || article.collectionPosition().isEmpty()) {
      return Optional.empty();
    }
    List<Article> sections = collections.sections(article.collectionId().get());
    Optional<CollectionPlace.Link> parent =
        sections.isEmpty()
            ? Optional.empty()
            : readable(actor, sections.get(0).collectionId().flatMap(this::find));
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    int index = -1;
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals(article.id())) {
        index = i;
      }
    }
    Optional<CollectionPlace.Link> previous = Optional.empty();
    for (int i = index - 1; i >= 0 && previous.isEmpty(); i--) {
      previous = readable(actor, Optional.of(sections.get(i)));
    }
    Optional<CollectionPlace.Link> next = Optional.empty();
    for (int i = index + 1; i < sections.size() && next.isEmpty(); i++) {
      next = readable(actor, Optional.of(sections.get(i)));
    }
    return Optional.of(
        new CollectionPlace(parent.get(), article.collectionPosition().getAsInt(), previous, next));
  }

  private Optional<Article> find(String id) {
    return collections.article(id);
  }

  /** The article as a link if the actor may read it, with the title the actor sees. */
  private Optional<CollectionPlace.Link> readable(Actor actor, Optional<Article> article) {
    if (article.isEmpty() || !policy.can(actor, article.get(), AccessLevel.VIEW)) {
      return Optional.empty();
    }
    SeenArticle seen = queries.seenBy(actor, article.get());
    if (!seen.drafts() && !article.get().isPublished()) {
      return Optional.empty();
    }
    return Optional.of(new CollectionPlace.Link(article.get().id(), seen.title()));
  }
}
