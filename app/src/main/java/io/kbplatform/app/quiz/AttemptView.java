package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.attempt.AttemptSheet;
import io.kbplatform.content.quiz.attempt.QuizAttempt;
import io.kbplatform.content.quiz.attempt.ShownQuestion;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.ResponseJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its learner sees it: the questions to answer (never an answer key), the responses
 * saved so far, the deadline by the server's clock, and once finished the score.
 *
 * @param passed null while in progress or while a trainer still grades
 * @param resumed true when starting returned the attempt already in progress
 */
public record AttemptView(
    String id,
    String quizId,
    String quizTitle,
    int number,
    String state,
    Instant startedAt,
    Instant deadline,
    Instant submittedAt,
    Instant serverTime,
    Double score,
    double maxScore,
    Boolean passed,
    int awaitingGrading,
    boolean resumed,
    List<QuestionView> questions) {

  /** A question of the attempt. */
  public record QuestionView(
      String id,
      String type,
      String text,
      String format,
      double mark,
      List<PartView> options,
      List<PartView> left,
      List<PartView> right,
      List<PartView> items,
      JsonObject response) {}

  /** An option, matching item or choice, or ordering item. */
  public record PartView(String id, String text, String format) {}

  static AttemptView of(AttemptSheet sheet, Instant now) {
    QuizAttempt attempt = sheet.attempt();
    return new AttemptView(
        attempt.id(),
        attempt.quizId(),
        sheet.quizTitle(),
        attempt.number(),
        attempt.state().name(),
        attempt.startedAt(),
        attempt.deadline(),
        attempt.submittedAt(),
        now,
        attempt.score(),
        attempt.maxScore(),
        sheet.passed(),
        sheet.awaitingGrading(),
        sheet.resumed(),
        sheet.questions().stream().map(AttemptView::question).toList());
  }

  private static QuestionView question(ShownQuestion q) {
    return new QuestionView(
        q.id(),
        q.type().name(),
        q.text().text(),
        q.text().format().name(),
        q.mark(),
        parts(q.options()),
        parts(q.left()),
        parts(q.right()),
        parts(q.items()),
        q.response()
            .map(r -> Json.createReader(new StringReader(ResponseJson.write(r))).readObject())
            .orElse(null));
  }

  private static List<PartView> parts(List<ShownQuestion.Part> parts) {
    return parts.stream().map(p -> part(p.id(), p.text())).toList();
  }

  private static PartView part(String id, FormattedText text) {
    return new PartView(id, text.text(), text.format().name());
  }
}
