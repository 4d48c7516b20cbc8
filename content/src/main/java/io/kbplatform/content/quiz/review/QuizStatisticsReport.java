package io.kbplatform.content.quiz.review;

import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.quiz.attempt.AttemptQuestion;
import io.kbplatform.content.quiz.attempt.AttemptRepository;
import io.kbplatform.content.quiz.attempt.AttemptState;
import io.kbplatform.content.quiz.attempt.QuizAttempt;
import io.kbplatform.content.quiz.bank.Question;
import io.kbplatform.content.quiz.bank.QuestionBankRepository;
import io.kbplatform.content.quiz.grading.RandomGuessScore;
import io.kbplatform.content.quiz.quizzes.QuizDefinition;
import io.kbplatform.content.quiz.quizzes.QuizService;
import io.kbplatform.content.quiz.quizzes.QuizSlot;
import io.kbplatform.content.quiz.statistics.AttemptMarks;
import io.kbplatform.content.quiz.statistics.AttemptsCounted;
import io.kbplatform.content.quiz.statistics.QuestionSlot;
import io.kbplatform.content.quiz.statistics.QuizStatistics;
import io.kbplatform.content.quiz.statistics.QuizStatisticsCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A quiz's statistics (Moodle's definitions, see docs/learning.md) over its finished attempts,
 * computed from the stored marks on every request. An essay a trainer has not graded yet counts 0,
 * as Moodle counts it.
 */
@ApplicationScoped
public class QuizStatisticsReport {

  private QuizService quizzes;
  private AttemptRepository attempts;
  private QuestionBankRepository banks;

  protected QuizStatisticsReport() {}

  @Inject
  public QuizStatisticsReport(
      QuizService quizzes, AttemptRepository attempts, QuestionBankRepository banks) {
    this.quizzes = quizzes;
    this.attempts = attempts;
    this.banks = banks;
  }

  @Transactional
  public QuizStatistics of(Actor actor, String quizId, AttemptsCounted which) {
    QuizDefinition quiz = quizzes.edited(actor, quizId);
    List<QuestionSlot> slots = new ArrayList<>();
    for (QuizSlot slot : quiz.slots()) {
      Question question = banks.findQuestion(slot.questionId()).orElseThrow();
      OptionalDouble guess =
          RandomGuessScore.of(
              banks.version(question.id(), question.latestVersion()).orElseThrow().content());
      slots.add(new QuestionSlot(slot.questionId(), slot.mark(), guess));
    }
    Map<String, List<AttemptQuestion>> byAttempt = new HashMap<>();
    for (AttemptQuestion shown : attempts.questionsOfQuiz(quiz.quiz().id())) {
      byAttempt.computeIfAbsent(shown.attemptId(), a -> new ArrayList<>()).add(shown);
    }
    AttemptMarks.Builder marks = AttemptMarks.builder(slots);
    for (QuizAttempt attempt : attempts.ofQuiz(quiz.quiz().id())) {
      if (attempt.state() != AttemptState.FINISHED) {
        continue;
      }
      double[] row = new double[slots.size()];
      Arrays.fill(row, Double.NaN);
      for (AttemptQuestion shown : byAttempt.getOrDefault(attempt.id(), List.of())) {
        int index = shown.quizPosition() - 1;
        if (index >= 0 && index < row.length && shown.fraction() != null) {
          row[index] = shown.fraction() * shown.mark();
        }
      }
      marks.attempt(attempt.username(), attempt.number(), row);
    }
    return QuizStatisticsCalculator.calculate(marks.build(), which);
  }
}
