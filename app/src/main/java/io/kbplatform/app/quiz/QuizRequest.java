package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.quizzes.GradingMethod;
import io.kbplatform.content.quiz.quizzes.NewQuiz;
import io.kbplatform.content.quiz.quizzes.Quiz;
import io.kbplatform.content.quiz.quizzes.QuizRules;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/quizzes}: the space, title and questions (bank question ids in
 * order), with the rules of taking it. Absent rules take their defaults: grading method HIGHEST,
 * any number of attempts (0), pass mark 0, no time limit, always open, questions in order.
 */
public class QuizRequest {

  @NotBlank
  @Pattern(regexp = Space.KEY_PATTERN, message = "must be the key of a space, e.g. CS")
  public String space;

  @NotBlank
  @Size(max = Quiz.TITLE_LENGTH)
  public String title;

  @Size(max = Quiz.DESCRIPTION_LENGTH)
  public String description;

  @NotEmpty public List<String> questions;

  /** What each question is worth, in the same order; absent: each question's default mark. */
  public List<Double> marks;

  public GradingMethod gradingMethod;

  /** How many attempts a learner may start; 0 or absent for no limit. */
  public Integer attemptsAllowed;

  /** The score (in marks, like the score) an attempt needs to pass. */
  public Double passMark;

  /** The time an attempt may take, in seconds; absent for no limit. */
  public Integer timeLimitSeconds;

  public Instant openAt;
  public Instant closeAt;
  public Boolean shuffleQuestions;

  NewQuiz toNewQuiz() {
    QuizRules rules =
        new QuizRules(
            gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod,
            attemptsAllowed == null ? 0 : attemptsAllowed,
            passMark == null ? 0 : passMark,
            timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds),
            openAt,
            closeAt,
            Boolean.TRUE.equals(shuffleQuestions));
    return new NewQuiz(space, title, description, questions, marks, rules);
  }
}
