package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.accepted;
import static io.kbplatform.content.quiz.grading.Questions.feedback;
import static io.kbplatform.content.quiz.grading.Questions.shortAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ShortAnswerGradingTest {

  private static double fraction(QuestionContent question, String typed) {
    return QuestionGrader.grade(question, new Response.Text(typed)).fraction().orElseThrow();
  }

  private static boolean accepts(String pattern, String typed) {
    return fraction(shortAnswer(accepted(pattern, 1)), typed) == 1;
  }

  @Test
  void theFirstAcceptedAnswerThatMatchesCountsWithItsFeedback() {
    QuestionContent question =
        shortAnswer(accepted("refund form", 1), accepted("refund*", 0.5), accepted("*", 0.1));

    Grade exact = QuestionGrader.grade(question, new Response.Text("Refund form"));
    Grade partial = QuestionGrader.grade(question, new Response.Text("refund request"));
    Grade anything = QuestionGrader.grade(question, new Response.Text("no idea"));

    assertEquals(1, exact.fraction().orElseThrow());
    assertEquals(List.of(feedback("matched refund form")), exact.feedback());
    assertEquals(0.5, partial.fraction().orElseThrow());
    assertEquals(List.of(feedback("matched refund*")), partial.feedback());
    assertEquals(0.1, anything.fraction().orElseThrow());
  }

  @Test
  void orderDecidesWhenSeveralAnswersMatch() {
    QuestionContent lowFirst = shortAnswer(accepted("*", 0.2), accepted("refund", 1));

    assertEquals(0.2, fraction(lowFirst, "refund"));
  }

  @Test
  void anAnswerMatchingNothingEarnsNothingAndGetsNoAnswerFeedback() {
    Grade grade =
        QuestionGrader.grade(shortAnswer(accepted("refund", 1)), new Response.Text("return"));

    assertEquals(0, grade.fraction().orElseThrow());
    assertTrue(grade.feedback().isEmpty());
    assertTrue(grade.complete());
  }

  @Test
  void caseAndSurroundingOrRepeatedSpacesDoNotMatter() {
    assertTrue(accepts("refund form", "  REFUND   Form "));
    assertTrue(accepts("  Refund Form ", "refund form"));
    assertTrue(accepts("refund form", "refund\tform"));
    assertFalse(accepts("refund form", "refundform"), "a space is not nothing");
  }

  @Test
  void fullWidthAndHalfWidthFormsAreTheSame() {
    assertTrue(accepts("ＶＩＰ", "vip"));
    assertTrue(accepts("vip 12", "ｖｉｐ　１２"), "full-width letters, digits and space");
    assertTrue(accepts("ｶｽﾀﾏｰ", "カスタマー"), "half-width katakana");
  }

  @Test
  void traditionalAndSimplifiedChineseAreTheSame() {
    assertTrue(accepts("退費", "退费"));
    assertTrue(accepts("退费", "退費"));
    assertTrue(accepts("ＶＩＰ會員", "vip会员"));
    assertTrue(accepts("VIP会员", "ｖｉｐ會員"));
  }

  @Test
  void chineseAnswersMustStillSayTheSameThing() {
    QuestionContent question = shortAnswer(accepted("七天无理由退货", 1), accepted("*退货*", 0.5));

    assertEquals(1, fraction(question, " 七天無理由退貨 "));
    assertEquals(0.5, fraction(question, "可以退货"));
    assertEquals(0, fraction(question, "可以换货"));
  }

  @Test
  void aStarMatchesAnyRunOfCharactersIncludingNone() {
    assertTrue(accepts("refund*", "refund"));
    assertTrue(accepts("refund*", "refunds within 7 days"));
    assertTrue(accepts("*7*days*", "within 7 working days"));
    assertTrue(accepts("re*nd", "REFUND"));
    assertTrue(accepts("*", "anything at all"));
    assertTrue(accepts("a**b", "axxb"), "a run of stars is one wildcard");
    assertFalse(accepts("re*nd", "refunds"));
    assertFalse(accepts("ab*ba", "aba"), "the start and end may not overlap");
    assertFalse(accepts("*7*days", "7 days later"));
  }

  @Test
  void theStarCanSpanLines() {
    assertTrue(accepts("first*last", "first\nmiddle\nlast"));
  }

  @Test
  void anEscapedStarIsALiteralStar() {
    assertTrue(accepts("press \\*", "press *"));
    assertFalse(accepts("press \\*", "press 1"));
    assertTrue(accepts("\\**", "*77#"), "an escaped star, then a wildcard");
    assertFalse(accepts("\\**", "77#"));
  }

  @Test
  void aFullWidthStarIsALiteral() {
    assertTrue(accepts("按＊键", "按*键"));
    assertFalse(accepts("按＊键", "按1键"));
  }

  @Test
  void regularExpressionCharactersAreLiterals() {
    assertTrue(accepts("1+1 (two)?", "1+1 (two)?"));
    assertFalse(accepts("a.c", "abc"));
    assertTrue(accepts("c:\\temp\\", "C:\\TEMP\\"));
  }

  @Test
  void aBlankAnswerIsIncompleteAndEarnsNothingEvenAgainstAStar() {
    QuestionContent anything = shortAnswer(accepted("*", 1));

    for (String blank : new String[] {"", "   ", null}) {
      Grade grade = QuestionGrader.grade(anything, new Response.Text(blank));
      assertEquals(0, grade.fraction().orElseThrow());
      assertFalse(grade.complete());
    }
  }

  @Test
  void anAnswerOverTheLimitIsRefusedAndOneAtItIsGraded() {
    QuestionContent question = shortAnswer(accepted("*", 1));
    String atLimit = "退".repeat(QuestionGrader.MAX_SHORT_ANSWER_LENGTH);

    assertEquals(1, fraction(question, atLimit));
    InvalidResponse refused =
        assertThrows(InvalidResponse.class, () -> fraction(question, atLimit + "费"));
    assertEquals("The answer is longer than the 10000 characters allowed.", refused.getMessage());
  }

  @Test
  void charactersOutsideTheBasicPlaneCountOnceTowardsTheLimit() {
    String emoji = "😀".repeat(QuestionGrader.MAX_SHORT_ANSWER_LENGTH);

    assertEquals(0, fraction(shortAnswer(accepted("x", 1)), emoji));
  }

  @Test
  void manyWildcardsAgainstALongAnswerAreFast() {
    QuestionContent question = shortAnswer(accepted("*a*a*a*a*a*a*a*a*a*a*b", 1));
    String longAnswer = "a".repeat(QuestionGrader.MAX_SHORT_ANSWER_LENGTH);

    assertTimeoutPreemptively(
        Duration.ofSeconds(1), () -> assertEquals(0, fraction(question, longAnswer)));
  }

  @Test
  void aShortAnswerAnsweredWithANumberIsRefused() {
    assertThrows(
        InvalidResponse.class,
        () -> QuestionGrader.grade(shortAnswer(accepted("7", 1)), new Response.Number(7)));
  }

  @Test
  void gradingFromManyThreadsAtOnceGivesTheSameGrades() throws Exception {
    QuestionContent question = shortAnswer(accepted("退費申請", 1), accepted("*退费*", 0.5));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Double>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String typed = i % 2 == 0 ? "退费申请" : "要退費嗎";
        results.add(pool.submit(() -> fraction(question, typed)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(i % 2 == 0 ? 1 : 0.5, results.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
