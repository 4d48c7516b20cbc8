package io.kbplatform.content.article;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes and reads articles and their versions for an actor, checking the actor's access first: an
 * article the actor may not read is not found, one it may read but not change is forbidden.
 */
@ApplicationScoped
public class ArticleService {

  private ArticleRepository articles;
  private SpaceService spaces;
  private CategoryService categories;
  private UserService users;
  private GroupService groups;
  private AccessPolicy policy;
  private Outbox outbox;
  private AuditLog audit;
  private Event<ArticleDeleted> deleted;
  private Clock clock;

  protected ArticleService() {}

  @Inject
  public ArticleService(
      ArticleRepository articles,
      SpaceService spaces,
      CategoryService categories,
      UserService users,
      GroupService groups,
      AccessPolicy policy,
      Outbox outbox,
      AuditLog audit,
      Event<ArticleDeleted> deleted,
      Clock clock) {
    this.articles = articles;
    this.spaces = spaces;
    this.categories = categories;
    this.users = users;
    this.groups = groups;
    this.policy = policy;
    this.outbox = outbox;
    this.audit = audit;
    this.deleted = deleted;
    this.clock = clock;
  }

  @Transactional
  public ArticleVersion create(Actor actor, NewArticle request) {
    Space space = spaces.get(actor, request.spaceKey());
    policy.require(actor, space, AccessLevel.EDIT);
    String category = categoryIn(space, request.categoryId());
    ArticleVersion first =
        Article.draft(
            space,
            request.template(),
            request.title(),
            request.bodyOrTemplate(),
            request.tags(),
            actor.username(),
            clock.instant());
    Article article = first.article();
    article.moveTo(space, category);
    assignReview(actor, article, request, false);
    if (request.restrictedTo() != null && !request.restrictedTo().isEmpty()) {
      policy.require(actor, space, AccessLevel.PUBLISH);
      article.restrictTo(existingGroups(request.restrictedTo()));
    }
    articles.add(first);
    return first;
  }

  /**
   * Saves new content as a new version, if the caller saw the current state ({@code
   * expectedLockVersion}); a different space or category moves the article, a restriction replaces
   * the old one.
   */
  @Transactional
  public ArticleVersion update(
      Actor actor, String id, long expectedLockVersion, NewArticle request, String changeNote) {
    Article article = load(actor, id, AccessLevel.EDIT);
    if (article.lockVersion() != expectedLockVersion) {
      throw new StaleVersionException(
          "The article changed since you read it; reload it and apply your changes again.");
    }
    String spaceKey = request.spaceKey() == null ? article.space().key() : request.spaceKey();
    if (!spaceKey.equals(article.space().key())
        || !Objects.equals(request.categoryId(), article.categoryId().orElse(null))) {
      relocate(actor, article, spaceKey, request.categoryId());
    }
    if (request.restrictedTo() != null && !request.restrictedTo().equals(article.restrictedTo())) {
      restrict(actor, article, request.restrictedTo());
    }
    assignReview(actor, article, request, true);
    ArticleVersion version =
        article.revise(
            request.title(),
            request.body() == null ? "" : request.body(),
            request.tags(),
            actor.username(),
            changeNote,
            clock.instant());
    articles.addVersion(version);
    reindex(article);
    return version;
  }

  /** Saves the content (and the attachments) of an old version as the newest one. */
  @Transactional
  public ArticleVersion restore(Actor actor, String id, int number, String changeNote) {
    Article article = load(actor, id, AccessLevel.EDIT);
    ArticleVersion old = version(actor, id, number);
    String note = changeNote == null ? "Restored version " + number : changeNote;
    ArticleVersion version =
        article.revise(
            old.title(), old.body(), old.tags(), actor.username(), note, clock.instant());
    articles.addVersion(version, number);
    return version;
  }

  /**
   * Moves an article to another category of its space (EDIT) or to another space (PUBLISH on the
   * article and in the target space: a move changes who may read it).
   */
  @Transactional
  public Article move(Actor actor, String id, String spaceKey, String categoryId) {
    Article article = load(actor, id, AccessLevel.EDIT);
    relocate(actor, article, spaceKey == null ? article.space().key() : spaceKey, categoryId);
    reindex(article);
    return article;
  }

  /** Restricts an article to members of groups (publishers only); an empty set opens it again. */
  @Transactional
  public Article restrict(Actor actor, String id, Set<String> groupKeys) {
    Article article = load(actor, id, AccessLevel.PUBLISH);
    restrict(actor, article, groupKeys);
    reindex(article);
    return article;
  }

  /** Deletes an article, its versions and everything attached (space administrators only). */
  @Transactional
  public void delete(Actor actor, String id) {
    Article article = load(actor, id, AccessLevel.ADMINISTER);
    deleted.fire(new ArticleDeleted(article.id(), article.space().key()));
    audit.record(actor.username(), AuditAction.ARTICLE_DELETED, "article", id, article.title());
    outbox.articleChanged(id);
    articles.remove(article);
  }

  /** An article the actor may read. */
  @Transactional
  public Article get(Actor actor, String id) {
    return load(actor, id, AccessLevel.VIEW);
  }

  /** Whether the actor may act on the article at a level (false also when it cannot read it). */
  @Transactional
  public boolean can(Actor actor, Article article, AccessLevel level) {
    return policy.can(actor, article, level);
  }

  /**
   * What the actor reads: the published version for readers; for editors the latest, unless they
   * ask for the published one.
   */
  @Transactional
  public ArticleVersion read(Actor actor, String id, boolean publishedOnly) {
    Article article = get(actor, id);
    boolean editor = policy.can(actor, article, AccessLevel.EDIT);
    int number =
        editor && (!publishedOnly || !article.isPublished())
            ? article.latestVersion()
            : article.publishedVersion().getAsInt();
    return articles.findVersion(id, number).orElseThrow(() -> notFound(id));
  }

  /** Every version, newest first: for editors. */
  @Transactional
  public List<ArticleVersion> versions(Actor actor, String id) {
    load(actor, id, AccessLevel.EDIT);
    return articles.versions(id);
  }

  /** One version: editors read any, readers only the published one. */
  @Transactional
  public ArticleVersion version(Actor actor, String id, int number) {
    Article article = get(actor, id);
    boolean published =
        article.publishedVersion().isPresent() && article.publishedVersion().getAsInt() == number;
    if (!published) {
      policy.require(actor, article, AccessLevel.EDIT, id);
    }
    return articles
        .findVersion(id, number)
        .orElseThrow(() -> new NotFoundException("Version", id + "/" + number));
  }

  /** Loads an article and checks the actor's level on it. */
  @Transactional
  public Article load(Actor actor, String id, AccessLevel level) {
    Article article = articles.find(id).orElseThrow(() -> notFound(id));
    policy.require(actor, article, level, id);
    return article;
  }

  /** Asks the index to pick up an article's current state, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reindex(Article article) {
    if (article.isPublished()) {
      outbox.articleChanged(article.id());
    }
  }

  private void relocate(Actor actor, Article article, String spaceKey, String categoryId) {
    Space from = article.space();
    String fromCategory = article.categoryId().orElse(null);
    Space target = spaces.get(actor, spaceKey);
    boolean spaceChanged = !target.id().equals(from.id());
    policy.requireMove(actor, article, target, article.id());
    String category = categoryIn(target, categoryId);
    if (!spaceChanged && Objects.equals(category, fromCategory)) {
      return;
    }
    article.moveTo(target, category);
    audit.record(
        actor.username(),
        AuditAction.ARTICLE_MOVED,
        "article",
        article.id(),
        "from space "
            + from.key()
            + categoryNote(fromCategory)
            + " to space "
            + target.key()
            + categoryNote(category));
  }

  private static String categoryNote(String categoryId) {
    return categoryId == null ? "" : " (category " + categoryId + ")";
  }

  private void restrict(Actor actor, Article article, Set<String> groupKeys) {
    policy.require(actor, article, AccessLevel.PUBLISH, article.id());
    article.restrictTo(existingGroups(groupKeys));
    audit.record(
        actor.username(),
        AuditAction.ARTICLE_RESTRICTED,
        "article",
        article.id(),
        groupKeys.isEmpty() ? "unrestricted" : "groups " + String.join(", ", groupKeys));
  }

  /**
   * Sets owner and review interval. The owner always reads a restricted article, so handing the
   * article to someone else widens its readership: outside creation, it needs PUBLISH, like a
   * restriction, and is audited. The owner is stored under the account's own spelling, however the
   * request wrote it (Usernames).
   */
  private void assignReview(Actor actor, Article article, NewArticle request, boolean existing) {
    String named = request.owner() == null ? article.owner() : request.owner();
    if (!users.exists(named)) {
      throw new InvalidRequestException("Owner '" + named + "' is not a user.");
    }
    String owner = users.storedName(named);
    String previous = article.owner();
    boolean ownerChanged = existing && !owner.equals(previous);
    if (ownerChanged) {
      policy.requireOwnerChange(actor, article, article.id());
    }
    int interval =
        request.reviewIntervalDays() == null
            ? article.reviewIntervalDays()
            : request.reviewIntervalDays();
    article.assignReview(owner, interval);
    if (ownerChanged) {
      audit.record(
          actor.username(),
          AuditAction.ARTICLE_OWNER_CHANGED,
          "article",
          article.id(),
          "from " + previous + " to " + owner);
    }
  }

  private Set<String> existingGroups(Set<String> keys) {
    for (String key : keys) {
      if (!groups.exists(key)) {
        throw new InvalidRequestException("Group '" + key + "' does not exist.");
      }
    }
    return keys;
  }

  private String categoryIn(Space space, String categoryId) {
    return categoryId == null ? null : categories.inSpace(categoryId, space).id();
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Article", id);
  }
}
