package io.kbplatform.content.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.content.space.Space;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeenArticleTest {

  private static final Instant PUBLISHED = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant DRAFTED = Instant.parse("2026-12-05T16:30:00Z");

  private final Space space = new Space("SUPPORT", "Support", null, "admin", PUBLISHED);

  @Test
  void a_reader_sees_an_article_with_a_pending_draft_as_its_published_version() {
    Article article = publishedWithDraft();

    SeenArticle seen = SeenArticle.byReader(article, "Reset a password");

    assertEquals("Reset a password", seen.title());
    assertEquals(ArticleStatus.PUBLISHED, seen.status());
    assertEquals(1, seen.latestVersion());
    assertEquals(Optional.of(1), seen.publishedVersion());
    assertEquals(PUBLISHED, seen.updatedAt());
  }

  @Test
  void an_editor_sees_the_pending_draft() {
    Article article = publishedWithDraft();

    SeenArticle seen = SeenArticle.byEditor(article);

    assertEquals("Secret merger plan", seen.title());
    assertEquals(ArticleStatus.DRAFT, seen.status());
    assertEquals(2, seen.latestVersion());
    assertEquals(DRAFTED, seen.updatedAt());
  }

  private Article publishedWithDraft() {
    Article article =
        Article.draft(space, null, "Reset a password", "Steps", List.of(), "erin", PUBLISHED)
            .article();
    article.publish("pat", PUBLISHED);
    article.revise("Secret merger plan", "Draft", List.of(), "erin", null, DRAFTED);
    return article;
  }
}
