package io.kbplatform.content.quiz.attempt;

import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchChoice;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.OrderItem;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A question as a learner sees it in an attempt: the text and the parts to answer with, in the
 * attempt's order, and nothing of the answer key (no fractions, no feedback, no correct pairs).
 *
 * @param id the question's id, which responses are saved under
 * @param options a choice question's options
 * @param left a matching question's items
 * @param right a matching question's choices
 * @param items an ordering question's items, shuffled
 * @param response the response saved so far, if any
 */
public record ShownQuestion(
    String id,
    QuestionType type,
    FormattedText text,
    double mark,
    List<Part> options,
    List<Part> left,
    List<Part> right,
    List<Part> items,
    Optional<Response> response) {

  /** Something to choose, pair or order. */
  public record Part(String id, FormattedText text) {}

  static ShownQuestion of(AttemptQuestion shown, QuestionContent content) {
    ShownOrder order = shown.shownOrder();
    List<Part> options = List.of();
    List<Part> left = List.of();
    List<Part> right = List.of();
    List<Part> items = List.of();
    if (content.key() instanceof Choices c) {
      options = inOrder(order.first(), c.options(), Choice::id, o -> new Part(o.id(), o.text()));
    } else if (content.key() instanceof Matching m) {
      left = inOrder(order.first(), m.pairs(), MatchPair::id, p -> new Part(p.id(), p.item()));
      right =
          inOrder(
              order.second(),
              m.choices(),
              MatchChoice::id,
              c -> new Part(c.id(), FormattedText.of(c.text())));
    } else if (content.key() instanceof Ordering o) {
      items = inOrder(order.first(), o.items(), OrderItem::id, i -> new Part(i.id(), i.text()));
    }
    return new ShownQuestion(
        shown.questionId(),
        content.type(),
        content.text(),
        shown.mark(),
        options,
        left,
        right,
        items,
        shown.response());
  }

  private static <T> List<Part> inOrder(
      List<String> ids, List<T> parts, Function<T, String> id, Function<T, Part> part) {
    Map<String, T> byId = parts.stream().collect(Collectors.toMap(id, p -> p, (a, b) -> a));
    return ids.stream().filter(byId::containsKey).map(i -> part.apply(byId.get(i))).toList();
  }
}
