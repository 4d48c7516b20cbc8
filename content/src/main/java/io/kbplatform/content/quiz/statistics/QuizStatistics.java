package io.kbplatform.content.quiz.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A quiz's statistics over the attempts counted, as Moodle's statistics report shows them: mean,
 * median, standard deviation and standard error as percentages of the quiz's max grade, skewness
 * and kurtosis as plain numbers, the coefficient of internal consistency (Cronbach's alpha) and the
 * error ratio in percent. A value is empty where Moodle leaves it blank: mean and median need one
 * attempt, the standard deviation two, skewness three, kurtosis four, and skewness, kurtosis,
 * alpha, error ratio and standard error need total marks that differ; alpha, error ratio and
 * standard error also need three attempts and two questions. Percentages of the max grade are empty
 * when it is 0.
 *
 * @param attemptsCounted which attempts were counted
 * @param attempts how many attempts were counted
 * @param questions each question's statistics, in quiz order
 */
public record QuizStatistics(
    AttemptsCounted attemptsCounted,
    int attempts,
    OptionalDouble mean,
    OptionalDouble median,
    OptionalDouble standardDeviation,
    OptionalDouble skewness,
    OptionalDouble kurtosis,
    OptionalDouble cronbachAlpha,
    OptionalDouble errorRatio,
    OptionalDouble standardError,
    List<QuestionStatistics> questions) {

  public QuizStatistics {
    Objects.requireNonNull(attemptsCounted, "attemptsCounted");
    questions = List.copyOf(questions);
  }
}
