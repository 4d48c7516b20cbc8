package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.matching;
import static io.kbplatform.content.quiz.grading.Questions.ordering;
import static io.kbplatform.content.quiz.grading.Questions.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.MatchChoice;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrangementGradingTest {

  /**
   * Three items, two of them right with the same choice; choices c1 退款组 (refunds), c2 技术支持 (tech
   * support), c3 投诉组 (complaints, a distractor).
   */
  private static final QuestionContent TEAMS =
      matching(
          List.of(
              pair("i1", "退款到账慢", "退款组"), pair("i2", "无法登录", "技术支持"), pair("i3", "重复扣款", "退款组")),
          "投诉组");

  private static final QuestionContent STEPS = ordering("greet", "verify", "resolve", "close");

  private static Grade match(Map<String, String> pairs) {
    return QuestionGrader.grade(TEAMS, new Response.Pairs(pairs));
  }

  private static double order(String... ids) {
    return QuestionGrader.grade(STEPS, new Response.Order(List.of(ids))).fraction().orElseThrow();
  }

  @Test
  void theChoicesAreTheDistinctRightTextsThenTheDistractors() {
    assertEquals(
        List.of(
            new MatchChoice("c1", "退款组"),
            new MatchChoice("c2", "技术支持"),
            new MatchChoice("c3", "投诉组")),
        ((AnswerKey.Matching) TEAMS.key()).choices());
  }

  @Test
  void everyItemMatchedRightEarnsFullMarksAndAChoiceMayServeSeveralItems() {
    Grade grade = match(Map.of("i1", "c1", "i2", "c2", "i3", "c1"));

    assertEquals(1, grade.fraction().orElseThrow());
    assertTrue(grade.complete());
    assertTrue(grade.feedback().isEmpty());
  }

  @Test
  void eachRightPairEarnsItsShare() {
    Grade grade = match(Map.of("i1", "c1", "i2", "c3", "i3", "c2"));

    assertEquals(1.0 / 3, grade.fraction().orElseThrow(), 1e-12);
    assertEquals(Grade.Outcome.PARTIALLY_CORRECT, grade.outcome());
  }

  @Test
  void anUnmatchedItemCountsWrongAndLeavesTheAnswerIncomplete() {
    Grade grade = match(Map.of("i1", "c1", "i2", "c2"));

    assertEquals(2.0 / 3, grade.fraction().orElseThrow(), 1e-12);
    assertFalse(grade.complete());
  }

  @Test
  void nothingMatchedEarnsNothing() {
    Grade grade = match(Map.of());

    assertEquals(0, grade.fraction().orElseThrow());
    assertFalse(grade.complete());
  }

  @Test
  void aPairWithoutAnItemIsNoItem() {
    QuestionContent withBlankItem =
        matching(List.of(pair("i1", "退款到账慢", "退款组"), pair("i2", "", "技术支持")));

    Grade grade = QuestionGrader.grade(withBlankItem, new Response.Pairs(Map.of("i1", "c1")));

    assertEquals(1, grade.fraction().orElseThrow());
    assertTrue(grade.complete());
    assertThrows(
        InvalidResponse.class,
        () -> QuestionGrader.grade(withBlankItem, new Response.Pairs(Map.of("i2", "c2"))));
  }

  @Test
  void anUnknownItemIsRefused() {
    InvalidResponse refused =
        assertThrows(InvalidResponse.class, () -> match(Map.of("i1", "c1", "i9", "c1")));
    assertEquals("'i9' is not an item of this question.", refused.getMessage());
  }

  @Test
  void anUnknownChoiceIsRefused() {
    InvalidResponse refused = assertThrows(InvalidResponse.class, () -> match(Map.of("i1", "c4")));
    assertEquals("'c4' is not a choice of this question.", refused.getMessage());
  }

  @Test
  void aChoiceNamedByItsTextInsteadOfItsIdIsRefused() {
    assertThrows(InvalidResponse.class, () -> match(Map.of("i1", "退款组")));
  }

  @Test
  void matchingAnsweredWithAnOrderIsRefused() {
    assertThrows(
        InvalidResponse.class,
        () -> QuestionGrader.grade(TEAMS, new Response.Order(List.of("i1", "i2", "i3"))));
  }

  @Test
  void theCorrectOrderEarnsFullMarks() {
    assertEquals(1, order("greet", "verify", "resolve", "close"));
  }

  @Test
  void eachItemInItsCorrectPositionEarnsItsShare() {
    assertEquals(0.5, order("greet", "resolve", "verify", "close"));
    assertEquals(0, order("close", "greet", "verify", "resolve"), "all shifted by one: none");
    assertEquals(0, order("close", "resolve", "verify", "greet"));
  }

  @Test
  void anOrderingAnswerIsAlwaysComplete() {
    Grade grade =
        QuestionGrader.grade(
            STEPS, new Response.Order(List.of("close", "resolve", "verify", "greet")));

    assertTrue(grade.complete());
  }

  @Test
  void anOrderLeavingOutAnItemIsRefused() {
    InvalidResponse refused =
        assertThrows(InvalidResponse.class, () -> order("greet", "verify", "resolve"));
    assertEquals("The order leaves out 'close'.", refused.getMessage());
  }

  @Test
  void anOrderNamingAnItemTwiceIsRefused() {
    InvalidResponse refused =
        assertThrows(InvalidResponse.class, () -> order("greet", "greet", "resolve", "close"));
    assertEquals("The order names 'greet' more than once.", refused.getMessage());
  }

  @Test
  void anOrderWithAForeignItemIsRefused() {
    InvalidResponse refused =
        assertThrows(InvalidResponse.class, () -> order("greet", "verify", "upsell", "close"));
    assertEquals("'upsell' is not an item of this question.", refused.getMessage());
  }

  @Test
  void anOrderLongerThanTheItemsIsRefused() {
    InvalidResponse refused =
        assertThrows(
            InvalidResponse.class, () -> order("greet", "verify", "resolve", "close", "close"));
    assertEquals("The order has 5 entries for 4 items.", refused.getMessage());
  }

  @Test
  void anEmptyOrderIsRefused() {
    assertThrows(InvalidResponse.class, () -> order());
  }

  @Test
  void orderingAnsweredWithPairsIsRefused() {
    assertThrows(
        InvalidResponse.class,
        () -> QuestionGrader.grade(STEPS, new Response.Pairs(Map.of("greet", "1"))));
  }
}
