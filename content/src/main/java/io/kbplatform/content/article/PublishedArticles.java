package io.kbplatform.content.article;

import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.content.permission.SpaceAccessChanged;
import io.kbplatform.content.permission.SpaceGrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads articles as the search index should hold them, without regard to who asks: the index is
 * derived from the database and trimmed by the permission fields this puts on each document.
 */
@ApplicationScoped
public class PublishedArticles {

  private ArticleRepository articles;
  private SpaceGrantService grants;
  private Outbox outbox;
  private Instance<AttachmentTextSource> attachmentTexts;

  protected PublishedArticles() {}

  @Inject
  public PublishedArticles(
      ArticleRepository articles,
      SpaceGrantService grants,
      Outbox outbox,
      Instance<AttachmentTextSource> attachmentTexts) {
    this.articles = articles;
    this.grants = grants;
    this.outbox = outbox;
    this.attachmentTexts = attachmentTexts;
  }

  /** The published content of an article, if it has any and is not archived. */
  @Transactional
  public Optional<PublishedArticle> find(String id) {
    return articles
        .find(id)
        .filter(Article::isPublished)
        .flatMap(a -> articles.findVersion(a.id(), a.publishedVersion().getAsInt()))
        .map(this::toPublished);
  }

  /**
   * The published content of many articles at once, ordered by id, for a rebuild's batch: a few
   * queries per batch (versions with articles, their collections, grants per space, attachment
   * texts), never one per article. Articles without a published version are left out.
   */
  @Transactional
  public List<PublishedArticle> findAll(List<String> ids) {
    List<ArticleVersion> versions = articles.publishedVersions(ids);
    Map<String, Set<String>> readersBySpace = new HashMap<>();
    Map<String, List<String>> texts = texts(ids);
    return versions.stream()
        .map(
            v ->
                toPublished(
                    v,
                    readersBySpace.computeIfAbsent(
                        v.article().space().key(), k -> grants.readerTokens(v.article().space())),
                    texts.getOrDefault(v.article().id(), List.of())))
        .sorted(Comparator.comparing(PublishedArticle::id))
        .toList();
  }

  /** Id, published version and whether archived, of every article the index should hold. */
  @Transactional
  public List<PublishedState> publishedStates() {
    return articles.publishedStates().stream()
        .map(
            row ->
                new PublishedState(
                    (String) row[0],
                    ((Number) row[1]).intValue(),
                    row[2] == ArticleStatus.ARCHIVED || "ARCHIVED".equals(String.valueOf(row[2]))))
        .toList();
  }

  /** The ids of every article with a published version: what a full rebuild indexes. */
  @Transactional
  public List<String> allPublishedIds() {
    return articles.publishedIds();
  }

  /** Re-indexes the articles of a space whose readers changed, in the same transaction. */
  void spaceAccessChanged(@Observes SpaceAccessChanged event) {
    articles.publishedIdsInSpace(event.spaceKey()).forEach(outbox::articleChanged);
  }

  private Map<String, List<String>> texts(List<String> ids) {
    Map<String, List<String>> texts = new HashMap<>();
    attachmentTexts.stream()
        .forEach(
            source ->
                source
                    .textsOf(ids)
                    .forEach(
                        (id, t) -> texts.computeIfAbsent(id, k -> new ArrayList<>()).addAll(t)));
    return texts;
  }

  private PublishedArticle toPublished(ArticleVersion v) {
    List<String> texts =
        attachmentTexts.stream()
            .flatMap(source -> source.textsOf(v.article().id()).stream())
            .toList();
    return toPublished(v, grants.readerTokens(v.article().space()), texts);
  }

  private PublishedArticle toPublished(
      ArticleVersion v, Set<String> spaceReaders, List<String> texts) {
    Article a = v.article();
    Set<String> restricted = new TreeSet<>();
    if (a.restrictedTo().isEmpty()) {
      restricted.add(ReadScope.UNRESTRICTED);
    } else {
      a.restrictedTo().forEach(g -> restricted.add(Principal.group(g).token()));
      restricted.add(Principal.user(a.owner()).token());
    }
    return new PublishedArticle(
        a.id(),
        a.space().key(),
        a.categoryId().orElse(null),
        a.template().map(Enum::name).orElse(null),
        v.number(),
        v.title(),
        v.body(),
        v.tags(),
        a.owner(),
        a.status(),
        a.needsReview(),
        a.publishedAt().orElse(v.createdAt()),
        // Readers sort and filter search by this: the last change they can see, never a draft's.
        a.publishedAt().orElse(v.createdAt()),
        spaceReaders,
        restricted,
        texts);
  }
}
