package io.kbplatform.content.quiz.question;

import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.NumericAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.AnswerKey.ShortAnswers;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a question can be stored and graded, by Moodle's rules for its type: a single-choice
 * question has an option worth 100%; the positive options of a multiple-choice question add up to
 * 100%; a short-answer or numeric question accepts some answer for 100%; a matching question has at
 * least two items; an ordering question at least two items; ids are unique within the question.
 */
public final class QuestionCheck {

  public static final int MAX_TEXT_LENGTH = 100_000;
  public static final int MAX_PARTS = 100;
  private static final double TOLERANCE = 1e-6;

  private QuestionCheck() {}

  /** What is wrong with the question, in a sentence; empty when it is fine. */
  public static Optional<String> problem(QuestionContent question) {
    if (question.text().isEmpty()) {
      return Optional.of("The question has no text.");
    }
    if (question.text().text().length() > MAX_TEXT_LENGTH) {
      return Optional.of("The question's text is longer than " + MAX_TEXT_LENGTH + " characters.");
    }
    AnswerKey key = question.key();
    if (key instanceof Choices c) {
      return choices(c);
    }
    if (key instanceof ShortAnswers s) {
      return parts(s.answers(), "accepted answers", 1)
          .or(() -> blank(s.answers(), AcceptedAnswer::pattern, "An accepted answer is empty."))
          .or(() -> fractions(s.answers().stream().map(AcceptedAnswer::fraction).toList(), 0))
          .or(() -> full(s.answers().stream().map(AcceptedAnswer::fraction).toList()));
    }
    if (key instanceof NumericAnswers n) {
      return parts(n.answers(), "accepted numbers", 1)
          .or(
              () ->
                  n.answers().stream()
                          .anyMatch(
                              a -> !Double.isFinite(a.value()) || !Double.isFinite(a.tolerance()))
                      ? Optional.of("An accepted number is not a finite number.")
                      : Optional.empty())
          .or(() -> fractions(n.answers().stream().map(NumericAnswer::fraction).toList(), 0))
          .or(() -> full(n.answers().stream().map(NumericAnswer::fraction).toList()));
    }
    if (key instanceof Matching m) {
      long items = m.pairs().stream().filter(p -> !p.item().isEmpty()).count();
      if (items < 2) {
        return Optional.of("A matching question needs at least two items to match.");
      }
      return parts(m.pairs(), "pairs", 2)
          .or(() -> unique(m.pairs(), MatchPair::id))
          .or(() -> blank(m.pairs(), MatchPair::right, "A matching item has no answer."));
    }
    if (key instanceof Ordering o) {
      return parts(o.items(), "items", 2)
          .or(() -> unique(o.items(), OrderItem::id))
          .or(() -> blank(o.items(), i -> i.text().text(), "An item to order is empty."));
    }
    return Optional.empty();
  }

  private static Optional<String> choices(Choices c) {
    List<Double> fractions = c.options().stream().map(Choice::fraction).toList();
    Optional<String> problem =
        parts(c.options(), "options", 2)
            .or(() -> unique(c.options(), Choice::id))
            .or(() -> blank(c.options(), o -> o.text().text(), "An option is empty."))
            .or(() -> fractions(fractions, -1));
    if (problem.isPresent()) {
      return problem;
    }
    if (!c.multiple()) {
      return full(fractions);
    }
    double positive = fractions.stream().filter(f -> f > 0).mapToDouble(Double::doubleValue).sum();
    return Math.abs(positive - 1) <= TOLERANCE
        ? Optional.empty()
        : Optional.of(
            "The positive grades of a multiple-answer question must add up to 100%, not "
                + Math.round(positive * 1000) / 10.0
                + "%.");
  }

  private static Optional<String> parts(List<?> parts, String what, int least) {
    if (parts.size() < least || parts.size() > MAX_PARTS) {
      return Optional.of("The question needs " + least + " to " + MAX_PARTS + " " + what + ".");
    }
    return Optional.empty();
  }

  private static <T> Optional<String> unique(List<T> parts, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T part : parts) {
      String value = id.apply(part);
      if (value == null || value.isBlank() || !seen.add(value)) {
        return Optional.of("Every option or item needs an id of its own: '" + value + "'.");
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<String> blank(
      List<T> parts, Function<T, String> text, String problem) {
    return parts.stream().map(text).anyMatch(t -> t == null || t.isBlank())
        ? Optional.of(problem)
        : Optional.empty();
  }

  private static Optional<String> fractions(List<Double> fractions, double lowest) {
    for (double f : fractions) {
      if (!(f >= lowest - TOLERANCE && f <= 1 + TOLERANCE)) {
        return Optional.of(
            "A grade must lie from " + (int) (lowest * 100) + "% to 100%, not " + f * 100 + "%.");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> full(List<Double> fractions) {
    return fractions.stream().anyMatch(f -> Math.abs(f - 1) <= TOLERANCE)
        ? Optional.empty()
        : Optional.of("One of the answers must be worth 100%.");
  }
}
