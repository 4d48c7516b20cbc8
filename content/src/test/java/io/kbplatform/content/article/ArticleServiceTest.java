package io.kbplatform.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.category.Category;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.user.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may write, read, move, restrict, restore and delete articles, and what each change leaves
 * behind (versions, audit entries, index requests): services built by hand around in-memory
 * repositories.
 */
class ArticleServiceTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final ArticleService articles = kb.articleService;
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Actor pat = kb.user("pat", Role.AUTHOR);
  private final Actor ann = kb.user("ann", Role.AGENT);
  private final Actor olga = kb.user("olga", Role.AUTHOR);

  {
    kb.restrictedSpace("CS");
    kb.restrictedSpace("HR");
    kb.grant("CS", Principal.user("erin"), AccessLevel.EDIT);
    kb.grant("CS", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("CS", Principal.user("ann"), AccessLevel.VIEW);
    kb.grant("CS", Principal.user("olga"), AccessLevel.ADMINISTER);
    kb.grant("HR", Principal.user("erin"), AccessLevel.ADMINISTER);
    kb.group("vip", "vic");
  }

  private final Actor vic = kb.user("vic", Role.AGENT);

  {
    kb.grant("CS", Principal.group("vip"), AccessLevel.VIEW);
  }

  @Test
  void an_editor_creates_a_draft_it_owns_as_version_one_and_nothing_is_indexed() {
    ArticleVersion first = articles.create(erin, request("CS", "退款流程"));

    Article article = first.article();
    assertEquals(1, first.number());
    assertEquals(ArticleStatus.DRAFT, article.status());
    assertEquals("erin", article.owner());
    assertEquals("erin", first.author());
    assertEquals(List.of(), kb.outbox.pendingArticles());
  }

  @Test
  void a_reader_may_not_write_in_a_space() {
    assertThrows(ForbiddenException.class, () -> articles.create(ann, request("CS", "退款流程")));
    assertEquals(List.of(), kb.articles.all());
  }

  @Test
  void someone_without_access_to_a_space_does_not_find_it_to_write_in() {
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> articles.create(pat, request("HR", "假期")));
    assertTrue(e.getMessage().contains("HR"), e.getMessage());
  }

  @Test
  void an_editor_may_not_create_a_restricted_article() {
    NewArticle restricted = request("CS", "VIP 流程", null, Set.of("vip"));

    assertThrows(ForbiddenException.class, () -> articles.create(erin, restricted));
    assertEquals(List.of(), kb.articles.all());
  }

  @Test
  void a_publisher_creates_an_article_only_a_group_reads() {
    String id = articles.create(pat, request("CS", "VIP 流程", null, Set.of("vip"))).article().id();
    kb.workflow.publish(pat, id, null, null, false);

    assertEquals(Set.of("vip"), articles.get(pat, id).restrictedTo());
    assertEquals("VIP 流程", articles.read(vic, id, false).title());
    assertThrows(NotFoundException.class, () -> articles.get(ann, id));
  }

  @Test
  void an_article_cannot_be_restricted_to_a_group_that_does_not_exist() {
    NewArticle restricted = request("CS", "VIP 流程", null, Set.of("nobody"));

    assertThrows(InvalidRequestException.class, () -> articles.create(pat, restricted));
  }

  @Test
  void the_owner_must_be_an_existing_user() {
    NewArticle owned = request("CS", "退款流程", "ghost", null);

    assertThrows(InvalidRequestException.class, () -> articles.create(erin, owned));
  }

  @Test
  void the_owner_is_stored_under_the_account_spelling_however_it_was_typed() {
    Article article = articles.create(erin, request("CS", "退款流程", "PAT", null)).article();

    assertEquals("pat", article.owner());
  }

  @Test
  void an_article_goes_only_into_a_category_of_its_own_space() {
    Category leave = kb.categoryService.create(kb.admin, "HR", "假期", null, null);
    NewArticle misplaced =
        new NewArticle("CS", leave.id(), null, "退款流程", "正文", List.of(), null, null, null);

    assertThrows(InvalidRequestException.class, () -> articles.create(erin, misplaced));
  }

  @Test
  void a_save_adds_a_version_while_readers_keep_reading_the_published_one() {
    String id = published("第一版");

    ArticleVersion second = save(erin, id, "第二版");

    assertEquals(2, second.number());
    assertEquals("第一版", articles.read(ann, id, false).title());
    assertEquals("第二版", articles.read(erin, id, false).title());
    assertEquals("第一版", articles.read(erin, id, true).title(), "editors may ask for the live one");
    assertTrue(articles.get(erin, id).hasUnpublishedChanges());
  }

  @Test
  void a_save_based_on_a_stale_read_is_refused_and_saves_nothing() {
    String id = draft("第一版");
    long seen = articles.get(erin, id).lockVersion();

    assertThrows(
        StaleVersionException.class,
        () -> articles.update(erin, id, seen + 1, request(null, "第二版"), null));
    assertEquals(1, articles.versions(erin, id).size());
    assertEquals("第一版", articles.get(erin, id).title());
  }

  @Test
  void a_save_of_a_published_article_asks_the_index_to_follow_and_a_draft_save_does_not() {
    String draft = draft("草稿");
    save(erin, draft, "草稿二");
    assertEquals(List.of(), kb.outbox.pendingArticles());

    String live = published("第一版");
    int queued = kb.outbox.pendingArticles().size();
    save(erin, live, "第二版");
    assertEquals(queued + 1, kb.outbox.pendingArticles().size());
  }

  @Test
  void an_archived_article_cannot_be_saved_before_it_is_unarchived() {
    String id = published("第一版");
    kb.workflow.archive(pat, id, null, null);

    assertThrows(ConflictException.class, () -> save(erin, id, "第二版"));
  }

  @Test
  void a_new_article_keeps_the_review_interval_asked_for_and_is_due_that_long_after_publication() {
    NewArticle monthly = new NewArticle("CS", null, null, "退款流程", "正文", List.of(), null, 30, null);
    String id = articles.create(erin, monthly).article().id();

    kb.workflow.publish(pat, id, null, null, false);

    Article article = articles.get(erin, id);
    assertEquals(30, article.reviewIntervalDays());
    assertEquals(
        InMemoryContent.START.plus(Duration.ofDays(30)), article.reviewDueAt().orElseThrow());
  }

  @Test
  void a_save_that_leaves_the_interval_out_keeps_the_one_set_before() {
    NewArticle monthly = new NewArticle("CS", null, null, "退款流程", "正文", List.of(), null, 30, null);
    String id = articles.create(erin, monthly).article().id();

    save(erin, id, "退款流程二");

    assertEquals(30, articles.get(erin, id).reviewIntervalDays());
  }

  @Test
  void a_save_without_a_category_takes_the_article_out_of_its_category() {
    Category refunds = kb.categoryService.create(kb.admin, "CS", "退款", null, null);
    String id =
        articles
            .create(
                erin,
                new NewArticle("CS", refunds.id(), null, "退款流程", "正文", List.of(), null, null, null))
            .article()
            .id();

    save(erin, id, "退款流程二");

    assertEquals(Optional.empty(), articles.get(erin, id).categoryId());
  }

  @Test
  void an_editor_may_not_change_the_restriction_in_a_save() {
    String id = draft("退款流程");
    NewArticle restricted = request(null, "退款流程", null, Set.of("vip"));

    assertThrows(ForbiddenException.class, () -> articles.update(erin, id, 0, restricted, null));
    assertEquals(Set.of(), articles.get(erin, id).restrictedTo());
  }

  @Test
  void an_editor_may_not_hand_an_article_to_another_owner() {
    String id = draft("退款流程");
    NewArticle handOver = request(null, "退款流程", "ann", null);

    assertThrows(ForbiddenException.class, () -> articles.update(erin, id, 0, handOver, null));
    assertEquals("erin", articles.get(erin, id).owner());
    assertEquals(1, articles.versions(erin, id).size());
  }

  @Test
  void a_publisher_hands_an_article_to_another_owner_and_the_change_is_audited() {
    String id = draft("退款流程");

    articles.update(pat, id, 0, request(null, "退款流程", "ann", null), null);

    assertEquals("ann", articles.get(pat, id).owner());
    assertEquals(
        "from erin to ann", kb.audit.of(AuditAction.ARTICLE_OWNER_CHANGED).get(0).detail());
  }

  @Test
  void an_editor_moves_an_article_between_categories_of_its_space() {
    String id = draft("退款流程");
    Category refunds = kb.categoryService.create(kb.admin, "CS", "退款", null, null);

    Article moved = articles.move(erin, id, null, refunds.id());

    assertEquals(refunds.id(), moved.categoryId().orElseThrow());
    assertEquals(
        "from space CS to space CS (category " + refunds.id() + ")",
        kb.audit.of(AuditAction.ARTICLE_MOVED).get(0).detail());
  }

  @Test
  void moving_an_article_where_it_already_is_records_nothing() {
    String id = draft("退款流程");

    articles.move(erin, id, "CS", null);

    assertEquals(List.of(), kb.audit.of(AuditAction.ARTICLE_MOVED));
  }

  @Test
  void an_editor_of_both_spaces_may_not_move_an_article_to_another_space() {
    String id = draft("退款流程");

    assertThrows(ForbiddenException.class, () -> articles.move(erin, id, "HR", null));
    assertEquals("CS", articles.get(erin, id).space().key());
  }

  @Test
  void a_publisher_of_both_spaces_moves_an_article_and_its_new_readers_are_told_to_the_index() {
    kb.grant("HR", Principal.user("pat"), AccessLevel.PUBLISH);
    String id = published("退款流程");
    int queued = kb.outbox.pendingArticles().size();

    articles.move(pat, id, "HR", null);

    assertEquals("HR", articles.get(pat, id).space().key());
    assertEquals(
        "from space CS to space HR", kb.audit.of(AuditAction.ARTICLE_MOVED).get(0).detail());
    assertEquals(queued + 1, kb.outbox.pendingArticles().size());
    assertThrows(NotFoundException.class, () -> articles.get(ann, id), "ann cannot read HR");
  }

  @Test
  void restricting_an_article_hides_it_from_readers_outside_the_groups() {
    String id = published("退款流程");
    int queued = kb.outbox.pendingArticles().size();

    articles.restrict(pat, id, Set.of("vip"));

    assertThrows(NotFoundException.class, () -> articles.get(ann, id));
    assertEquals("退款流程", articles.read(vic, id, false).title());
    assertEquals("groups vip", kb.audit.of(AuditAction.ARTICLE_RESTRICTED).get(0).detail());
    assertEquals(queued + 1, kb.outbox.pendingArticles().size());
  }

  @Test
  void an_empty_restriction_opens_the_article_to_every_reader_of_its_space_again() {
    String id = published("退款流程");
    articles.restrict(pat, id, Set.of("vip"));

    articles.restrict(olga, id, Set.of());

    assertEquals("退款流程", articles.read(ann, id, false).title());
    assertEquals("unrestricted", kb.audit.of(AuditAction.ARTICLE_RESTRICTED).get(1).detail());
  }

  @Test
  void an_editor_may_not_restrict_an_article() {
    String id = published("退款流程");

    assertThrows(ForbiddenException.class, () -> articles.restrict(erin, id, Set.of("vip")));
    assertEquals(Set.of(), articles.get(erin, id).restrictedTo());
  }

  @Test
  void a_publisher_may_not_delete_an_article() {
    String id = published("退款流程");

    assertThrows(ForbiddenException.class, () -> articles.delete(pat, id));
    assertEquals("退款流程", articles.get(pat, id).title());
  }

  @Test
  void a_space_administrator_deletes_an_article_and_everything_learns_of_it() {
    String id = published("退款流程");
    int queued = kb.outbox.pendingArticles().size();

    articles.delete(olga, id);

    assertThrows(NotFoundException.class, () -> articles.get(olga, id));
    assertEquals(List.of(new ArticleDeleted(id, "CS")), kb.deleted.fired());
    assertEquals("退款流程", kb.audit.of(AuditAction.ARTICLE_DELETED).get(0).detail());
    assertEquals(queued + 1, kb.outbox.pendingArticles().size(), "the index removes it");
  }

  @Test
  void editors_list_every_version_newest_first_and_readers_may_not() {
    String id = published("第一版");
    save(erin, id, "第二版");

    assertEquals(
        List.of(2, 1), articles.versions(erin, id).stream().map(ArticleVersion::number).toList());
    assertThrows(ForbiddenException.class, () -> articles.versions(ann, id));
  }

  @Test
  void a_reader_reads_the_published_version_by_number_but_no_other() {
    String id = published("第一版");
    save(erin, id, "第二版");

    assertEquals("第一版", articles.version(ann, id, 1).title());
    assertThrows(ForbiddenException.class, () -> articles.version(ann, id, 2));
    assertEquals("第二版", articles.version(erin, id, 2).title());
  }

  @Test
  void a_version_that_does_not_exist_is_not_found() {
    String id = draft("第一版");

    assertThrows(NotFoundException.class, () -> articles.version(erin, id, 9));
  }

  @Test
  void restoring_an_old_version_saves_its_content_as_the_newest_with_its_attachments() {
    String id = draft("第一版");
    save(erin, id, "第二版");

    ArticleVersion restored = articles.restore(erin, id, 1, null);

    assertEquals(3, restored.number());
    assertEquals("第一版", restored.title());
    assertEquals("Restored version 1", restored.changeNote().orElseThrow());
    assertEquals(1, kb.articles.basedOn(id, 3).getAsInt(), "attachments of version 1");
    assertEquals(1, kb.articles.basedOn(id, 2).getAsInt(), "a save keeps the previous ones");
  }

  @Test
  void a_restore_keeps_the_note_its_editor_wrote() {
    String id = draft("第一版");
    save(erin, id, "第二版");

    assertEquals("回到第一版", articles.restore(erin, id, 1, "回到第一版").changeNote().orElseThrow());
  }

  @Test
  void a_reader_may_not_restore_a_version() {
    String id = published("第一版");

    assertThrows(ForbiddenException.class, () -> articles.restore(ann, id, 1, null));
  }

  @Test
  void an_unknown_article_is_not_found() {
    assertThrows(NotFoundException.class, () -> articles.get(erin, "no-such-id"));
  }

  @Test
  void a_reader_does_not_find_an_article_that_was_never_published() {
    String id = draft("草稿");

    assertThrows(NotFoundException.class, () -> articles.read(ann, id, false));
    assertTrue(articles.can(erin, articles.get(erin, id), AccessLevel.EDIT));
  }

  private String draft(String title) {
    return articles.create(erin, request("CS", title)).article().id();
  }

  private String published(String title) {
    String id = draft(title);
    kb.workflow.publish(pat, id, null, null, false);
    return id;
  }

  private ArticleVersion save(Actor actor, String id, String title) {
    long seen = articles.get(actor, id).lockVersion();
    return articles.update(actor, id, seen, request(null, title), null);
  }

  private static NewArticle request(String spaceKey, String title) {
    return request(spaceKey, title, null, null);
  }

  private static NewArticle request(
      String spaceKey, String title, String owner, Set<String> restrictedTo) {
    return new NewArticle(
        spaceKey, null, null, title, "正文", List.of("退款"), owner, null, restrictedTo);
  }
}
