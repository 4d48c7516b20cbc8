package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.statistics.QuestionFlag;
import io.kbplatform.content.quiz.statistics.QuestionStatistics;
import io.kbplatform.content.quiz.statistics.QuizStatistics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A quiz's statistics with Moodle's definitions (docs/learning.md); a value that cannot be computed
 * (too few attempts, no spread) is absent.
 */
public record StatisticsView(
    String attemptsCounted,
    int attempts,
    Double mean,
    Double median,
    Double standardDeviation,
    Double skewness,
    Double kurtosis,
    Double cronbachAlpha,
    Double errorRatio,
    Double standardError,
    List<QuestionView> questions) {

  /** One question's statistics, in quiz order. */
  public record QuestionView(
      String questionId,
      Double facilityIndex,
      Double standardDeviation,
      Double randomGuessScore,
      double intendedWeight,
      Double effectiveWeight,
      Double discriminationIndex,
      Double discriminativeEfficiency,
      List<String> flags) {

    static QuestionView of(QuestionStatistics q) {
      return new QuestionView(
          q.questionId(),
          value(q.facilityIndex()),
          value(q.standardDeviation()),
          value(q.randomGuessScore()),
          q.intendedWeight(),
          value(q.effectiveWeight()),
          value(q.discriminationIndex()),
          value(q.discriminativeEfficiency()),
          q.flags().stream().map(QuestionFlag::name).sorted().toList());
    }
  }

  static StatisticsView of(QuizStatistics s) {
    return new StatisticsView(
        s.attemptsCounted().name(),
        s.attempts(),
        value(s.mean()),
        value(s.median()),
        value(s.standardDeviation()),
        value(s.skewness()),
        value(s.kurtosis()),
        value(s.cronbachAlpha()),
        value(s.errorRatio()),
        value(s.standardError()),
        s.questions().stream().map(QuestionView::of).toList());
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
