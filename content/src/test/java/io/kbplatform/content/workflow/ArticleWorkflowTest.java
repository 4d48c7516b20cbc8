package io.kbplatform.content.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticlePublished;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.audit.AuditAction;
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
import org.junit.jupiter.api.Test;

/**
 * Draft → in review → published → archived, and back, as editors, publishers and readers of one
 * space go through it: services built by hand around in-memory repositories.
 */
class ArticleWorkflowTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final ArticleWorkflow workflow = kb.workflow;
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Actor pat = kb.user("pat", Role.AUTHOR);
  private final Actor ann = kb.user("ann", Role.AGENT);
  private final Actor olga = kb.user("olga", Role.AUTHOR);

  {
    kb.restrictedSpace("CS");
    kb.grant("CS", Principal.user("erin"), AccessLevel.EDIT);
    kb.grant("CS", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("CS", Principal.user("ann"), AccessLevel.VIEW);
  }

  @Test
  void an_editor_submits_a_draft_for_review_and_the_step_is_recorded() {
    String id = draft("退款流程");

    Article article = workflow.submit(erin, id, null, "please check");

    assertEquals(ArticleStatus.IN_REVIEW, article.status());
    WorkflowEvent step = workflow.history(erin, id).get(0);
    assertEquals(WorkflowAction.SUBMIT, step.action());
    assertEquals(ArticleStatus.DRAFT, step.from());
    assertEquals(ArticleStatus.IN_REVIEW, step.to());
    assertEquals(1, step.version());
    assertEquals("erin", step.actor());
    assertEquals("please check", step.comment().orElseThrow());
    assertEquals(InMemoryContent.START, step.createdAt());
  }

  @Test
  void a_draft_under_review_stays_invisible_to_readers() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    assertThrows(NotFoundException.class, () -> kb.articleService.get(ann, id));
  }

  @Test
  void a_publisher_approves_a_draft_in_review_and_readers_then_read_it() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    Article article = workflow.approve(pat, id, null, "ok", false);

    assertEquals(ArticleStatus.PUBLISHED, article.status());
    assertEquals(1, article.publishedVersion().getAsInt());
    assertEquals("pat", article.publishedBy().orElseThrow());
    assertEquals("退款流程", kb.articleService.read(ann, id, false).title());
    assertEquals(List.of(id), kb.outbox.pendingArticles(), "the index is told");
    assertEquals(List.of(new ArticlePublished(id, 1, false, "pat")), kb.published.fired());
    assertEquals("version 1", kb.audit.of(AuditAction.ARTICLE_PUBLISHED).get(0).detail());
  }

  @Test
  void a_significant_change_is_announced_and_audited_as_significant() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    workflow.approve(pat, id, null, null, true);

    assertTrue(kb.published.fired().get(0).significant());
    assertEquals(
        "version 1 (significant)", kb.audit.of(AuditAction.ARTICLE_PUBLISHED).get(0).detail());
  }

  @Test
  void an_editor_may_not_approve_a_draft() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    assertThrows(ForbiddenException.class, () -> workflow.approve(erin, id, null, null, false));
    assertEquals(ArticleStatus.IN_REVIEW, kb.articleService.get(erin, id).status());
    assertEquals(List.of(), kb.outbox.pendingArticles());
  }

  @Test
  void only_an_article_in_review_can_be_approved() {
    String id = draft("退款流程");

    assertThrows(ConflictException.class, () -> workflow.approve(pat, id, null, null, false));
    assertEquals(ArticleStatus.DRAFT, kb.articleService.get(pat, id).status());
  }

  @Test
  void a_publisher_publishes_a_draft_directly_without_a_review() {
    String id = draft("退款流程");

    workflow.publish(pat, id, null, "urgent", false);

    WorkflowEvent step = workflow.history(pat, id).get(0);
    assertEquals(WorkflowAction.PUBLISH, step.action());
    assertEquals(ArticleStatus.DRAFT, step.from());
    assertEquals(ArticleStatus.PUBLISHED, step.to());
    assertEquals("退款流程", kb.articleService.read(ann, id, false).title());
  }

  @Test
  void an_editor_may_not_publish_directly() {
    String id = draft("退款流程");

    assertThrows(ForbiddenException.class, () -> workflow.publish(erin, id, null, null, false));
    assertThrows(NotFoundException.class, () -> kb.articleService.get(ann, id));
  }

  @Test
  void a_rejection_without_a_reason_is_refused() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    assertThrows(InvalidRequestException.class, () -> workflow.reject(pat, id, null, " "));
    assertEquals(ArticleStatus.IN_REVIEW, kb.articleService.get(pat, id).status());
  }

  @Test
  void a_rejected_draft_returns_to_its_authors_with_the_reason() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    Article article = workflow.reject(pat, id, null, "步骤不完整");

    assertEquals(ArticleStatus.DRAFT, article.status());
    WorkflowEvent step = workflow.history(erin, id).get(1);
    assertEquals(WorkflowAction.REJECT, step.action());
    assertEquals(ArticleStatus.IN_REVIEW, step.from());
    assertEquals(ArticleStatus.DRAFT, step.to());
    assertEquals("步骤不完整", step.comment().orElseThrow());
    assertEquals("步骤不完整", kb.audit.of(AuditAction.ARTICLE_REJECTED).get(0).detail());
  }

  @Test
  void an_editor_may_not_reject_a_draft() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);

    assertThrows(ForbiddenException.class, () -> workflow.reject(erin, id, null, "no"));
  }

  @Test
  void only_a_draft_in_review_can_be_rejected() {
    String id = draft("退款流程");

    assertThrows(ConflictException.class, () -> workflow.reject(pat, id, null, "no"));
  }

  @Test
  void a_newer_draft_in_review_leaves_the_published_version_live_until_approved() {
    String id = published("第一版");
    revise(id, "第二版");
    workflow.submit(erin, id, null, null);

    assertEquals("第一版", kb.articleService.read(ann, id, false).title());

    workflow.approve(pat, id, null, null, false);
    assertEquals("第二版", kb.articleService.read(ann, id, false).title());
    assertEquals(2, kb.articleService.get(ann, id).publishedVersion().getAsInt());
  }

  @Test
  void archiving_hides_a_published_article_from_readers_and_from_search() {
    String id = published("退款流程");
    int queued = kb.outbox.pendingArticles().size();

    workflow.archive(pat, id, null, "outdated");

    assertThrows(NotFoundException.class, () -> kb.articleService.get(ann, id));
    assertEquals(ArticleStatus.ARCHIVED, kb.articleService.get(erin, id).status());
    assertEquals(queued + 1, kb.outbox.pendingArticles().size(), "the index is told");
    assertEquals("outdated", kb.audit.of(AuditAction.ARTICLE_ARCHIVED).get(0).detail());
  }

  @Test
  void archiving_a_never_published_draft_asks_nothing_of_the_index() {
    String id = draft("退款流程");

    workflow.archive(pat, id, null, null);

    assertEquals(List.of(), kb.outbox.pendingArticles());
  }

  @Test
  void an_editor_may_not_archive_an_article() {
    String id = published("退款流程");

    assertThrows(ForbiddenException.class, () -> workflow.archive(erin, id, null, null));
    assertEquals("退款流程", kb.articleService.read(ann, id, false).title());
  }

  @Test
  void an_archived_article_cannot_be_archived_again() {
    String id = published("退款流程");
    workflow.archive(pat, id, null, null);

    assertThrows(ConflictException.class, () -> workflow.archive(pat, id, null, null));
  }

  @Test
  void unarchiving_brings_a_published_article_back_to_readers() {
    String id = published("退款流程");
    workflow.archive(pat, id, null, null);
    int queued = kb.outbox.pendingArticles().size();

    Article article = workflow.unarchive(pat, id, null, "still valid");

    assertEquals(ArticleStatus.PUBLISHED, article.status());
    assertEquals("退款流程", kb.articleService.read(ann, id, false).title());
    assertEquals(queued + 1, kb.outbox.pendingArticles().size(), "the index is told");
    WorkflowEvent step = last(workflow.history(pat, id));
    assertEquals(WorkflowAction.UNARCHIVE, step.action());
    assertEquals(ArticleStatus.ARCHIVED, step.from());
    assertEquals(ArticleStatus.PUBLISHED, step.to());
    assertEquals(1, kb.audit.of(AuditAction.ARTICLE_UNARCHIVED).size());
  }

  @Test
  void
      an_article_archived_with_unpublished_changes_comes_back_as_a_draft_beside_its_live_version() {
    String id = published("第一版");
    revise(id, "第二版");
    workflow.archive(pat, id, null, null);

    Article article = workflow.unarchive(pat, id, null, null);

    assertEquals(ArticleStatus.DRAFT, article.status());
    assertEquals("第一版", kb.articleService.read(ann, id, false).title());
    assertEquals("第二版", kb.articleService.read(erin, id, false).title());
  }

  @Test
  void an_editor_may_not_unarchive_an_article() {
    String id = published("退款流程");
    workflow.archive(pat, id, null, null);

    assertThrows(ForbiddenException.class, () -> workflow.unarchive(erin, id, null, null));
  }

  @Test
  void only_an_archived_article_can_be_unarchived() {
    String id = published("退款流程");

    assertThrows(ConflictException.class, () -> workflow.unarchive(pat, id, null, null));
  }

  @Test
  void an_article_without_changes_since_its_publication_cannot_be_published_again() {
    String id = published("退款流程");

    assertThrows(ConflictException.class, () -> workflow.publish(pat, id, null, null, false));
    assertEquals(1, kb.published.fired().size());
  }

  @Test
  void an_article_without_changes_since_its_publication_cannot_be_submitted() {
    String id = published("退款流程");

    assertThrows(ConflictException.class, () -> workflow.submit(erin, id, null, null));
  }

  @Test
  void an_archived_article_must_be_unarchived_before_it_is_published_again() {
    String id = published("退款流程");
    workflow.archive(pat, id, null, null);

    assertThrows(ConflictException.class, () -> workflow.publish(pat, id, null, null, false));
    assertThrows(NotFoundException.class, () -> kb.articleService.get(ann, id));
  }

  @Test
  void a_step_based_on_a_stale_read_is_refused() {
    String id = draft("退款流程");
    long seen = kb.articleService.get(erin, id).lockVersion();

    assertThrows(StaleVersionException.class, () -> workflow.submit(erin, id, seen + 1, null));
    assertEquals(ArticleStatus.DRAFT, kb.articleService.get(erin, id).status());
    assertEquals(ArticleStatus.IN_REVIEW, workflow.submit(erin, id, seen, null).status());
  }

  @Test
  void the_history_lists_every_step_oldest_first() {
    String id = draft("退款流程");
    workflow.submit(erin, id, null, null);
    kb.clock.advance(Duration.ofMinutes(1));
    workflow.reject(pat, id, null, "补充截图");
    kb.clock.advance(Duration.ofMinutes(1));
    revise(id, "退款流程（附截图）");
    workflow.submit(erin, id, null, null);
    workflow.approve(pat, id, null, null, false);
    workflow.archive(pat, id, null, null);

    List<WorkflowEvent> history = workflow.history(erin, id);

    assertEquals(
        List.of(
            WorkflowAction.SUBMIT,
            WorkflowAction.REJECT,
            WorkflowAction.SUBMIT,
            WorkflowAction.APPROVE,
            WorkflowAction.ARCHIVE),
        history.stream().map(WorkflowEvent::action).toList());
    assertEquals(List.of(1, 1, 2, 2, 2), history.stream().map(WorkflowEvent::version).toList());
    assertEquals(
        List.of("erin", "pat", "erin", "pat", "pat"),
        history.stream().map(WorkflowEvent::actor).toList());
  }

  @Test
  void readers_may_not_read_the_workflow_history() {
    String id = published("退款流程");

    assertThrows(ForbiddenException.class, () -> workflow.history(ann, id));
  }

  @Test
  void someone_without_access_to_the_space_finds_no_article_to_act_on() {
    String id = draft("退款流程");

    assertThrows(NotFoundException.class, () -> workflow.submit(olga, id, null, null));
    assertThrows(NotFoundException.class, () -> workflow.publish(olga, id, null, null, false));
    assertThrows(NotFoundException.class, () -> workflow.history(olga, id));
  }

  private String draft(String title) {
    return kb.articleService
        .create(erin, new NewArticle("CS", null, null, title, "正文", List.of(), null, null, null))
        .article()
        .id();
  }

  private String published(String title) {
    String id = draft(title);
    workflow.publish(pat, id, null, null, false);
    return id;
  }

  private void revise(String id, String title) {
    Article article = kb.articleService.get(erin, id);
    kb.articleService.update(
        erin,
        id,
        article.lockVersion(),
        new NewArticle(null, null, null, title, "正文", List.of(), null, null, null),
        null);
  }

  private static WorkflowEvent last(List<WorkflowEvent> events) {
    return events.get(events.size() - 1);
  }
}
