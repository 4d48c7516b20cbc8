package io.kbplatform.content.quiz.question;

import java.util.Objects;

/**
 * One version of a question as a learner meets it and a grader scores it: what is asked, how it is
 * answered, and what is said afterwards. A stored question keeps every version; an attempt is
 * graded against the version it showed.
 *
 * @param name a short name for trainers (GIFT's {@code ::name::}); never shown to learners
 * @param text the question itself
 * @param generalFeedback shown after the question is answered, whatever the answer (GIFT's {@code
 *     ####})
 * @param defaultMark what the question is worth in a quiz unless the quiz says otherwise (1)
 * @param key the answers and how each scores; its kind fixes the {@link #type()}
 */
public record QuestionContent(
    String name,
    FormattedText text,
    FormattedText generalFeedback,
    double defaultMark,
    AnswerKey key) {

  public QuestionContent {
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(text, "text");
    generalFeedback = generalFeedback == null ? FormattedText.EMPTY : generalFeedback;
    Objects.requireNonNull(key, "key");
    if (!(defaultMark > 0) || Double.isInfinite(defaultMark)) {
      throw new IllegalArgumentException("a question's mark must be positive: " + defaultMark);
    }
  }

  public QuestionType type() {
    return key.type();
  }
}
