package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.accepted;
import static io.kbplatform.content.quiz.grading.Questions.essay;
import static io.kbplatform.content.quiz.grading.Questions.matching;
import static io.kbplatform.content.quiz.grading.Questions.multipleChoice;
import static io.kbplatform.content.quiz.grading.Questions.number;
import static io.kbplatform.content.quiz.grading.Questions.numeric;
import static io.kbplatform.content.quiz.grading.Questions.option;
import static io.kbplatform.content.quiz.grading.Questions.ordering;
import static io.kbplatform.content.quiz.grading.Questions.pair;
import static io.kbplatform.content.quiz.grading.Questions.question;
import static io.kbplatform.content.quiz.grading.Questions.shortAnswer;
import static io.kbplatform.content.quiz.grading.Questions.singleChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AnswerKey;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RandomGuessScoreTest {

  @Test
  void singleChoiceIsTheMeanOfTheOptionsFractions() {
    assertEquals(
        OptionalDouble.of(0.5), RandomGuessScore.of(singleChoice(option("a", 1), option("b", 0))));
    assertEquals(
        OptionalDouble.of(0.25),
        RandomGuessScore.of(
            singleChoice(option("a", 1), option("b", 0), option("c", 0), option("d", 0))));
  }

  @Test
  void negativeFractionsLowerTheSingleChoiceGuessScoreAsInMoodle() {
    OptionalDouble score =
        RandomGuessScore.of(singleChoice(option("a", 1), option("b", -0.5), option("c", 0.5)));

    assertEquals(1.0 / 3, score.orElseThrow(), 1e-12);
  }

  @Test
  void aSingleChoiceWithoutOptionsHasNoScore() {
    assertTrue(RandomGuessScore.of(singleChoice()).isEmpty());
  }

  @Test
  void multipleChoiceHasNoScoreAsMoodleDoesNotEstimateIt() {
    assertTrue(RandomGuessScore.of(multipleChoice(option("a", 0.5), option("b", 0.5))).isEmpty());
  }

  @Test
  void trueFalseIsAHalf() {
    assertEquals(
        OptionalDouble.of(0.5),
        RandomGuessScore.of(question(new AnswerKey.TrueFalse(true, null, null))));
  }

  @Test
  void shortAnswerIsZeroUnlessAnAnswerAcceptsAnything() {
    assertEquals(OptionalDouble.of(0), RandomGuessScore.of(shortAnswer(accepted("refund*", 1))));
    assertEquals(
        OptionalDouble.of(0.2),
        RandomGuessScore.of(
            shortAnswer(accepted("refund", 1), accepted(" * ", 0.2), accepted("*", 0.1))));
  }

  @Test
  void numericIsZero() {
    assertEquals(OptionalDouble.of(0), RandomGuessScore.of(numeric(number(7, 1, 1))));
  }

  @Test
  void matchingIsOneOverTheNumberOfDistinctChoicesDistractorsIncluded() {
    OptionalDouble score =
        RandomGuessScore.of(
            matching(
                List.of(pair("i1", "a", "x"), pair("i2", "b", "y"), pair("i3", "c", "x")), "z"));

    assertEquals(1.0 / 3, score.orElseThrow(), 1e-12);
  }

  @Test
  void matchingWithoutChoicesHasNoScore() {
    assertTrue(RandomGuessScore.of(matching(List.of())).isEmpty());
  }

  @Test
  void orderingIsZero() {
    assertEquals(OptionalDouble.of(0), RandomGuessScore.of(ordering("a", "b", "c")));
  }

  @Test
  void essayHasNoScore() {
    assertTrue(RandomGuessScore.of(essay()).isEmpty());
  }
}
