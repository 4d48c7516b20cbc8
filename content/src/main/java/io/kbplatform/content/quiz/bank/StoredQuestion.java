package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.quiz.question.QuestionContent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A question as trainers read it: where it is filed and one of its versions.
 *
 * @param category the names of its category from the top down (empty: none)
 * @param version the number of the version shown
 * @param latestVersion the number of its latest version
 * @param lockVersion changes with every change of the question (its ETag)
 */
public record StoredQuestion(
    String id,
    String bankId,
    List<String> category,
    Set<String> tags,
    int version,
    int latestVersion,
    long lockVersion,
    QuestionContent content,
    String updatedBy,
    Instant updatedAt) {}
