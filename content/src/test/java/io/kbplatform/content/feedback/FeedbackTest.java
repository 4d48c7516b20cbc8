package io.kbplatform.content.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  private static Feedback give(FeedbackKind kind, FeedbackReason reason, String comment) {
    return Feedback.give("a1", 3, "amy", new NewFeedback(kind, reason, comment), T0);
  }

  @Test
  void aHelpfulVoteIsCountedButIsNoItem() {
    Feedback vote = give(FeedbackKind.HELPFUL, null, null);

    assertTrue(vote.isCurrentVote());
    assertFalse(vote.isItem());
    assertEquals(3, vote.articleVersion());
    assertEquals("amy", vote.reporter());
    assertEquals(FeedbackState.NEW, vote.state());
  }

  @Test
  void aNotHelpfulVoteNeedsAReasonAndAHelpfulOneTakesNone() {
    assertThrows(InvalidRequestException.class, () -> give(FeedbackKind.NOT_HELPFUL, null, null));
    assertThrows(
        InvalidRequestException.class,
        () -> give(FeedbackKind.HELPFUL, FeedbackReason.UNCLEAR, null));

    Feedback vote = give(FeedbackKind.NOT_HELPFUL, FeedbackReason.OUTDATED, "  ");
    assertTrue(vote.isCurrentVote());
    assertTrue(vote.comment().isEmpty(), "a blank comment is no comment");
  }

  @Test
  void aFlagNeedsAReasonAndACommentAndIsAnItemNotAVote() {
    assertThrows(
        InvalidRequestException.class,
        () -> give(FeedbackKind.FLAG, FeedbackReason.INCORRECT, null));
    assertThrows(InvalidRequestException.class, () -> give(FeedbackKind.FLAG, null, "电话号码错了"));

    Feedback flag = give(FeedbackKind.FLAG, FeedbackReason.INCORRECT, " 电话号码错了 ");
    assertTrue(flag.isItem());
    assertFalse(flag.isCurrentVote());
    assertEquals("电话号码错了", flag.comment().orElseThrow());
  }

  @Test
  void aCommentLongerThanTheLimitIsRefused() {
    String tooLong = "错".repeat(Feedback.COMMENT_LENGTH + 1);
    assertThrows(
        InvalidRequestException.class,
        () -> give(FeedbackKind.NOT_HELPFUL, FeedbackReason.OTHER, tooLong));
  }

  @Test
  void aReplacedVoteIsKeptOnlyWhenItCarriesAComment() {
    Feedback bare = give(FeedbackKind.HELPFUL, null, null);
    Feedback commented = give(FeedbackKind.NOT_HELPFUL, FeedbackReason.UNCLEAR, "第三步看不懂");

    assertFalse(bare.supersede(), "a bare vote goes");
    assertTrue(commented.supersede(), "a comment stays as an item");
    assertFalse(commented.isCurrentVote());
    assertTrue(commented.isItem());
  }

  @Test
  void itemsMoveFromNewToAcknowledgedToResolvedWithTheLatestReply() {
    Feedback flag = give(FeedbackKind.FLAG, FeedbackReason.OUTDATED, "价格已经调整");

    flag.acknowledge("bob", "收到，正在核实", T0.plusSeconds(60));
    assertEquals(FeedbackState.ACKNOWLEDGED, flag.state());
    assertEquals("收到，正在核实", flag.reply().orElseThrow());

    flag.resolve("carol", "已更新价格", T0.plusSeconds(120));
    assertEquals(FeedbackState.RESOLVED, flag.state());
    assertEquals("已更新价格", flag.reply().orElseThrow());
    assertEquals("carol", flag.repliedBy().orElseThrow());
    assertEquals(T0.plusSeconds(120), flag.repliedAt().orElseThrow());
  }

  @Test
  void acknowledgingKeepsAnEarlierReplyWhenItHasNone() {
    Feedback flag = give(FeedbackKind.FLAG, FeedbackReason.OUTDATED, "价格已经调整");

    flag.acknowledge("bob", null, T0);

    assertEquals(FeedbackState.ACKNOWLEDGED, flag.state());
    assertTrue(flag.reply().isEmpty());
  }

  @Test
  void aNewItemCanBeResolvedDirectlyButNothingGoesBack() {
    Feedback flag = give(FeedbackKind.FLAG, FeedbackReason.OUTDATED, "价格已经调整");
    flag.resolve("bob", "已更新", T0);

    assertThrows(ConflictException.class, () -> flag.acknowledge("bob", null, T0));
    assertThrows(ConflictException.class, () -> flag.resolve("bob", "再次", T0));
  }

  @Test
  void acknowledgingTwiceIsAConflictAndResolvingNeedsAReply() {
    Feedback flag = give(FeedbackKind.FLAG, FeedbackReason.OUTDATED, "价格已经调整");
    flag.acknowledge("bob", null, T0);

    assertThrows(ConflictException.class, () -> flag.acknowledge("bob", null, T0));
    assertThrows(InvalidRequestException.class, () -> flag.resolve("bob", " ", T0));
    assertEquals(FeedbackState.ACKNOWLEDGED, flag.state());
  }

  @Test
  void aBareVoteHasNoStateToChange() {
    Feedback vote = give(FeedbackKind.HELPFUL, null, null);

    assertThrows(ConflictException.class, () -> vote.acknowledge("bob", null, T0));
    assertThrows(ConflictException.class, () -> vote.resolve("bob", "谢谢", T0));
  }

  @Test
  void theSummaryFillsEveryReasonAndComputesTheRatio() {
    FeedbackSummary none = new FeedbackSummary("a1", 0, 0, 0, 0, java.util.Map.of());
    FeedbackSummary some =
        new FeedbackSummary("a1", 3, 1, 2, 2, java.util.Map.of(FeedbackReason.OUTDATED, 2L));

    assertEquals(null, none.helpfulRatio());
    assertEquals(0.75, some.helpfulRatio());
    assertEquals(FeedbackReason.values().length, some.reasons().size());
    assertEquals(2L, some.reasons().get(FeedbackReason.OUTDATED));
    assertEquals(0L, some.reasons().get(FeedbackReason.UNCLEAR));
  }
}
