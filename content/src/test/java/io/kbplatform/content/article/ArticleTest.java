package io.kbplatform.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.space.Space;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private final Space space = new Space("CS", "客服知识库", null, "admin", T0);

  @Test
  void aNewArticleIsADraftWithItsFirstVersion() {
    ArticleVersion first = Article.draft(space, "退款流程", "# 步骤", List.of("退款"), "amy", T0);

    Article article = first.article();
    assertEquals(1, first.number());
    assertEquals(ArticleStatus.DRAFT, article.status());
    assertFalse(article.isPublished());
    assertEquals(List.of("退款"), article.tags());
    assertEquals("amy", first.author());
  }

  @Test
  void publishingMakesTheLatestVersionTheLiveOne() {
    Article article = Article.draft(space, "t", "b", List.of(), "amy", T0).article();
    article.revise("t2", "b2", List.of("x"), "bob", "typo", T0.plusSeconds(60));

    article.publish("carol", T0.plusSeconds(120));

    assertTrue(article.isPublished());
    assertEquals(2, article.publishedVersion().getAsInt());
    assertEquals(ArticleStatus.PUBLISHED, article.status());
    assertEquals(T0.plusSeconds(120), article.publishedAt().orElseThrow());
    assertEquals("carol", article.publishedBy().orElseThrow());
  }

  @Test
  void revisingAPublishedArticleKeepsThePublishedVersion() {
    Article article = Article.draft(space, "t", "b", List.of(), "amy", T0).article();
    article.publish("carol", T0);

    ArticleVersion second = article.revise("t2", "b2", List.of(), "bob", null, T0.plusSeconds(5));

    assertEquals(2, second.number());
    assertEquals(1, article.publishedVersion().getAsInt());
    assertEquals("t2", article.title());
  }
}
