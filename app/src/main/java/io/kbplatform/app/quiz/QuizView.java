package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.quizzes.Quiz;
import io.kbplatform.content.quiz.quizzes.QuizDefinition;
import io.kbplatform.content.quiz.quizzes.QuizRules;
import java.time.Instant;
import java.util.List;

/** A quiz as those who edit its space read it: its rules and its questions in order. */
public record QuizView(
    String id,
    String space,
    String title,
    String description,
    String status,
    String gradingMethod,
    int attemptsAllowed,
    double passMark,
    Long timeLimitSeconds,
    Instant openAt,
    Instant closeAt,
    boolean shuffleQuestions,
    double totalMarks,
    List<SlotView> questions,
    String updatedBy,
    Instant updatedAt) {

  /** A place in the quiz. */
  public record SlotView(int position, String questionId, double mark) {}

  static QuizView of(QuizDefinition definition) {
    Quiz quiz = definition.quiz();
    QuizRules rules = quiz.rules();
    return new QuizView(
        quiz.id(),
        quiz.spaceKey(),
        quiz.title(),
        quiz.description(),
        quiz.status().name(),
        rules.gradingMethod().name(),
        rules.attemptsAllowed(),
        rules.passMark(),
        rules.timeLimit() == null ? null : rules.timeLimit().toSeconds(),
        rules.openAt(),
        rules.closeAt(),
        rules.shuffleQuestions(),
        definition.totalMarks(),
        definition.slots().stream()
            .map(s -> new SlotView(s.position(), s.questionId(), s.mark()))
            .toList(),
        quiz.updatedBy(),
        quiz.updatedAt());
  }
}
