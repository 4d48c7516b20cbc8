package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.bank.StoredQuestion;
import io.kbplatform.content.quiz.question.QuestionJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A question as trainers read it: where it is filed, which version, and the version's whole content
 * — answers, fractions and feedback included (never shown to learners this way).
 *
 * @param question the version's content in the stored document shape (docs/learning.md)
 */
public record QuestionView(
    String id,
    String bankId,
    String name,
    String type,
    List<String> category,
    Set<String> tags,
    int version,
    int latestVersion,
    String updatedBy,
    Instant updatedAt,
    JsonObject question) {

  static QuestionView of(StoredQuestion stored) {
    JsonObject document =
        Json.createReader(new StringReader(QuestionJson.write(stored.content()))).readObject();
    return new QuestionView(
        stored.id(),
        stored.bankId(),
        stored.content().name(),
        stored.content().type().name(),
        stored.category(),
        stored.tags(),
        stored.version(),
        stored.latestVersion(),
        stored.updatedBy(),
        stored.updatedAt(),
        document);
  }
}
