package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.GENERAL;
import static io.kbplatform.content.quiz.grading.Questions.essay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.Response;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ManualGradeTest {

  @Test
  void aTrainersGradeCompletesAnEssaysGradeWithTheComment() {
    Grade pending = QuestionGrader.grade(essay(), new Response.Text("七天内可以退款。"));

    Grade graded = new ManualGrade(0.75, " 提到了七天，没提到凭证。 ").appliedTo(pending);

    assertEquals(OptionalDouble.of(0.75), graded.fraction());
    assertEquals(Grade.Outcome.PARTIALLY_CORRECT, graded.outcome());
    assertEquals(List.of(new FormattedText("提到了七天，没提到凭证。", TextFormat.PLAIN)), graded.feedback());
    assertEquals(GENERAL, graded.generalFeedback());
    assertTrue(graded.complete());
    assertEquals(OptionalDouble.of(7.5), graded.markOutOf(10));
  }

  @Test
  void aGradeWithoutACommentAddsNoFeedback() {
    Grade pending = QuestionGrader.grade(essay(), new Response.Text("answer"));

    Grade graded = new ManualGrade(1, null).appliedTo(pending);

    assertTrue(graded.feedback().isEmpty());
    assertEquals(Grade.Outcome.CORRECT, graded.outcome());
  }

  @Test
  void aMarkIsTurnedIntoAFractionOfTheQuestionsMark() {
    assertEquals(0.4, ManualGrade.ofMark(2, 5, "").fraction());
    assertThrows(InvalidRequestException.class, () -> ManualGrade.ofMark(6, 5, ""));
    assertThrows(InvalidRequestException.class, () -> ManualGrade.ofMark(1, 0, ""));
  }

  @Test
  void aFractionOutsideZeroToOneIsRefused() {
    for (double wrong : new double[] {-0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(InvalidRequestException.class, () -> new ManualGrade(wrong, ""));
    }
  }

  @Test
  void aCommentOverTheLimitIsRefused() {
    String atLimit = "评".repeat(ManualGrade.MAX_COMMENT_LENGTH);

    assertEquals(atLimit, new ManualGrade(0, atLimit).comment());
    assertThrows(InvalidRequestException.class, () -> new ManualGrade(0, atLimit + "语"));
  }
}
