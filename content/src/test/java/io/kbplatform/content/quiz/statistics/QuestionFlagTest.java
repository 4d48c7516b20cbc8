package io.kbplatform.content.quiz.statistics;

import static io.kbplatform.content.quiz.statistics.QuestionFlag.LOW_DISCRIMINATION;
import static io.kbplatform.content.quiz.statistics.QuestionFlag.NEGATIVE_DISCRIMINATION;
import static io.kbplatform.content.quiz.statistics.QuestionFlag.TOO_EASY;
import static io.kbplatform.content.quiz.statistics.QuestionFlag.TOO_HARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionFlagTest {

  private static final OptionalDouble NONE = OptionalDouble.empty();

  private static Set<QuestionFlag> flags(
      double facility, double discrimination, double efficiency) {
    return QuestionFlag.raisedBy(
        OptionalDouble.of(facility),
        OptionalDouble.of(discrimination),
        OptionalDouble.of(efficiency));
  }

  @Test
  void aQuestionAlmostEveryoneGetsRightIsTooEasyAboveNinetyPercent() {
    assertEquals(Set.of(TOO_EASY), flags(90.01, 30, 50));
    assertEquals(Set.of(), flags(90, 30, 50));
  }

  @Test
  void aQuestionAlmostEveryoneGetsWrongIsTooHardBelowTenPercent() {
    assertEquals(Set.of(TOO_HARD), flags(9.99, 30, 50));
    assertEquals(Set.of(), flags(10, 30, 50));
  }

  @Test
  void aNegativeDiscriminationIndexIsFlaggedOnItsOwn() {
    assertEquals(Set.of(NEGATIVE_DISCRIMINATION), flags(50, -0.5, -3));
    assertEquals(Set.of(), flags(50, 0, 15));
  }

  @Test
  void aDiscriminativeEfficiencyBelowFifteenPercentIsLowDiscrimination() {
    assertEquals(Set.of(LOW_DISCRIMINATION), flags(50, 12, 14.99));
    assertEquals(Set.of(), flags(50, 12, 15));
  }

  @Test
  void flagsCombineAndStatisticsThatCouldNotBeComputedRaiseNone() {
    assertEquals(Set.of(TOO_EASY, LOW_DISCRIMINATION), flags(95, 5, 10));
    assertEquals(Set.of(), QuestionFlag.raisedBy(NONE, NONE, NONE));
  }

  @Test
  void theCalculatorFlagsAVeryHardQuestionAndAnUninformativeOne() {
    AttemptMarks.Builder builder =
        AttemptMarks.builder(
            List.of(
                new QuestionSlot("hard", 1),
                new QuestionSlot("b", 1),
                new QuestionSlot("c", 1),
                new QuestionSlot("coin", 1)));
    // 20 learners; only the best gets "hard" right; "coin" alternates whatever the ability
    for (int i = 0; i < 20; i++) {
      double hard = i == 19 ? 1 : 0;
      double b = i >= 8 ? 1 : 0;
      double c = i >= 10 ? 1 : 0;
      double coin = i % 2;
      builder.attempt("u" + i, 1, hard, b, c, coin);
    }
    QuizStatistics stats = QuizStatisticsCalculator.calculate(builder.build(), AttemptsCounted.ALL);
    assertEquals(OptionalDouble.of(5), stats.questions().get(0).facilityIndex());
    assertEquals(Set.of(TOO_HARD), stats.questions().get(0).flags());
    assertEquals(Set.of(), stats.questions().get(1).flags());
    assertEquals(Set.of(LOW_DISCRIMINATION), stats.questions().get(3).flags());
  }
}
