package io.kbplatform.content.attachment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.space.Space;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private final Space space = new Space("CS", "客服知识库", null, "admin", T0);

  private Article draft() {
    return Article.draft(space, null, "退款", "正文", List.of(), "amy", T0).article();
  }

  private Article published() {
    Article article = draft();
    article.publish("pat", T0);
    return article;
  }

  @Test
  void aChangeToANeverPublishedDraftGoesIntoThatDraft() {
    assertTrue(AttachmentRules.changesTheWorkingDraft(draft()));
  }

  @Test
  void aChangeToAPublishedArticleMakesTheNextVersionInsteadOfChangingWhatReadersSee() {
    assertFalse(AttachmentRules.changesTheWorkingDraft(published()));
  }

  @Test
  void aChangeToAVersionInReviewMakesTheNextVersionInsteadOfChangingWhatIsReviewed() {
    Article article = draft();
    article.submit(T0);

    assertFalse(AttachmentRules.changesTheWorkingDraft(article));
  }

  @Test
  void aChangeToANewDraftAfterPublicationGoesIntoThatDraft() {
    Article article = published();
    article.revise("退款", "新正文", List.of(), "amy", null, T0);

    assertTrue(AttachmentRules.changesTheWorkingDraft(article));
  }

  @Test
  void aChangeToAnArchivedArticleIsNotMadeInPlace() {
    Article article = published();
    article.archive(T0);

    assertFalse(AttachmentRules.changesTheWorkingDraft(article));
  }

  @Test
  void aReaderSeesOnlyAttachmentsOfThePublishedVersion() {
    Article article = published();
    article.revise("退款", "新正文", List.of(), "amy", null, T0);

    assertTrue(AttachmentRules.visible(article, false, List.of(1, 2)));
    assertFalse(AttachmentRules.visible(article, false, List.of(2)), "a draft-only file");
    assertFalse(AttachmentRules.visible(draft(), false, List.of(1)), "nothing is published");
  }

  @Test
  void anEditorSeesAttachmentsOfEveryVersionButNotRowsNoVersionHolds() {
    Article article = published();
    article.revise("退款", "新正文", List.of(), "amy", null, T0);

    assertTrue(AttachmentRules.visible(article, true, List.of(2)));
    assertTrue(AttachmentRules.visible(article, true, List.of(1)));
    assertFalse(AttachmentRules.visible(article, true, List.of()));
  }
}
