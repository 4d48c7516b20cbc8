package io.kbplatform.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.space.Space;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private final Space space = new Space("CS", "客服知识库", null, "admin", T0);

  private Article draft() {
    return Article.draft(space, null, "t", "b", List.of(), "amy", T0).article();
  }

  @Test
  void aNewArticleIsADraftWithItsFirstVersion() {
    ArticleVersion first =
        Article.draft(space, ArticleTemplate.KCS, "退款流程", "# 步骤", List.of("退款"), "amy", T0);

    Article article = first.article();
    assertEquals(1, first.number());
    assertEquals(ArticleStatus.DRAFT, article.status());
    assertFalse(article.isPublished());
    assertEquals(List.of("退款"), article.tags());
    assertEquals("amy", first.author());
    assertEquals("amy", article.owner());
    assertEquals(ArticleTemplate.KCS, article.template().orElseThrow());
  }

  @Test
  void publishingMakesTheLatestVersionTheLiveOneAndVerifiesIt() {
    Article article = draft();
    article.revise("t2", "b2", List.of("x"), "bob", "typo", T0.plusSeconds(60));

    article.publish("carol", T0.plusSeconds(120));

    assertTrue(article.isPublished());
    assertEquals(2, article.publishedVersion().getAsInt());
    assertEquals(ArticleStatus.PUBLISHED, article.status());
    assertEquals(T0.plusSeconds(120), article.publishedAt().orElseThrow());
    assertEquals("carol", article.publishedBy().orElseThrow());
    assertEquals(
        T0.plusSeconds(120).plus(Duration.ofDays(Article.DEFAULT_REVIEW_INTERVAL_DAYS)),
        article.reviewDueAt().orElseThrow());
  }

  @Test
  void aNewerDraftIsReviewedWhileThePublishedVersionStaysLive() {
    Article article = draft();
    article.publish("carol", T0);

    ArticleVersion second = article.revise("t2", "b2", List.of(), "bob", null, T0.plusSeconds(5));
    article.submit(T0.plusSeconds(6));

    assertEquals(2, second.number());
    assertEquals(ArticleStatus.IN_REVIEW, article.status());
    assertEquals(1, article.publishedVersion().getAsInt());
    assertTrue(article.hasUnpublishedChanges());

    article.reject(T0.plusSeconds(7));
    assertEquals(ArticleStatus.DRAFT, article.status());
    assertEquals(1, article.publishedVersion().getAsInt());
  }

  @Test
  void transitionsOutOfOrderAreConflicts() {
    Article article = draft();
    assertThrows(ConflictException.class, () -> article.reject(T0));
    assertThrows(ConflictException.class, () -> article.unarchive(T0));
    assertThrows(ConflictException.class, () -> article.verify("amy", T0));
    article.submit(T0);
    assertThrows(ConflictException.class, () -> article.submit(T0));
  }

  @Test
  void anArchivedArticleMustBeUnarchivedBeforeEditingAndComesBackLive() {
    Article article = draft();
    article.publish("carol", T0);
    article.archive(T0.plusSeconds(1));

    assertTrue(article.isArchived());
    assertThrows(
        ConflictException.class,
        () -> article.revise("x", "y", List.of(), "amy", null, T0.plusSeconds(2)));

    article.unarchive(T0.plusSeconds(3));
    assertEquals(ArticleStatus.PUBLISHED, article.status());
  }

  @Test
  void aLapsedReviewMarksTheArticleUntilItIsVerified() {
    Article article = draft();
    article.assignReview("amy", 30);
    article.publish("carol", T0);

    assertFalse(article.lapse(T0.plus(Duration.ofDays(29))));
    assertTrue(article.lapse(T0.plus(Duration.ofDays(31))));
    assertTrue(article.needsReview());
    assertFalse(article.lapse(T0.plus(Duration.ofDays(32))), "marked once");

    article.verify("amy", T0.plus(Duration.ofDays(33)));
    assertFalse(article.needsReview());
    assertEquals(T0.plus(Duration.ofDays(63)), article.reviewDueAt().orElseThrow());
    assertEquals("amy", article.verifiedBy().orElseThrow());
  }

  @Test
  void aTemplatePrefillsTheBodyOnlyWhenTheRequestBringsNone() {
    NewArticle blank =
        new NewArticle("CS", null, ArticleTemplate.KCS, "t", " ", null, null, null, null);
    NewArticle own =
        new NewArticle("CS", null, ArticleTemplate.KCS, "t", "自己的", null, null, null, null);

    assertTrue(blank.bodyOrTemplate().contains("## 问题 Issue"));
    assertTrue(blank.bodyOrTemplate().contains("## 原因 Cause"));
    assertEquals("自己的", own.bodyOrTemplate());
  }
}
