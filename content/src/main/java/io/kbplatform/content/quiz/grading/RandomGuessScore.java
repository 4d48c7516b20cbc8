package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.OptionalDouble;

/**
 * The fraction a learner would score on average by answering at random, as Moodle's question
 * statistics estimate it ({@code question_type::get_random_guess_score} and its overrides in
 * moodle/moodle {@code question/type/<qtype>/questiontype.php}). Compared with a question's mean
 * score, it tells a trainer whether learners do better than chance.
 *
 * <ul>
 *   <li>Single choice: the mean of all the options' fractions, negative ones included (a random
 *       click picks each option alike); no options: none ({@code
 *       question/type/multichoice/questiontype.php}).
 *   <li>Multiple choice: none. Moodle does not estimate it ("pretty much impossible to compute for
 *       _multi questions"), and neither do we.
 *   <li>True/false: 0.5 ({@code question/type/truefalse/questiontype.php}).
 *   <li>Short answer: the fraction of the first accepted answer that is just {@code *} (it accepts
 *       anything), else 0 ({@code question/type/shortanswer/questiontype.php}).
 *   <li>Numeric: 0. Moodle returns the fraction of a {@code *} answer, which our numeric answers
 *       cannot express ({@code question/type/numerical/questiontype.php}).
 *   <li>Matching: 1 / the number of distinct choices, distractors included ({@code
 *       question/type/match/questiontype.php}); no choices: none.
 *   <li>Ordering: 0, Moodle's default from {@code question_type}, which {@code qtype_ordering} does
 *       not override ({@code question/type/questiontypebase.php}).
 *   <li>Essay: none. Moodle inherits the default 0 here too, but a score a trainer gives by hand
 *       cannot be guessed, so we report no estimate rather than a misleading 0.
 * </ul>
 */
public final class RandomGuessScore {

  private RandomGuessScore() {}

  public static OptionalDouble of(QuestionContent question) {
    AnswerKey key = question.key();
    if (key instanceof AnswerKey.Choices choices) {
      if (choices.multiple() || choices.options().isEmpty()) {
        return OptionalDouble.empty();
      }
      return choices.options().stream().mapToDouble(Choice::fraction).average();
    }
    if (key instanceof AnswerKey.TrueFalse) {
      return OptionalDouble.of(0.5);
    }
    if (key instanceof AnswerKey.ShortAnswers shortAnswers) {
      return OptionalDouble.of(
          shortAnswers.answers().stream()
              .filter(answer -> answer.pattern().strip().equals("*"))
              .mapToDouble(AcceptedAnswer::fraction)
              .findFirst()
              .orElse(0));
    }
    if (key instanceof AnswerKey.Matching matching) {
      int choices = matching.choices().size();
      return choices == 0 ? OptionalDouble.empty() : OptionalDouble.of(1.0 / choices);
    }
    if (key instanceof AnswerKey.Essay) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(0);
  }
}
