package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchChoice;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.OrderItem;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Grades the questions answered by arranging items: matching and ordering. */
final class ArrangementGrading {

  private ArrangementGrading() {}

  /**
   * Correct pairs / items, as Moodle's {@code qtype_match_question::get_num_parts_right}: an item
   * left unmatched counts wrong, and the answer is complete only when every item is matched. Pairs
   * without an item text are not items (Moodle keeps distractors that way).
   */
  static Grade matching(AnswerKey.Matching key, Response response, FormattedText general) {
    if (!(response instanceof Response.Pairs given)) {
      throw InvalidResponse.wrongShape(
          QuestionType.MATCHING, response, "item ids paired with choice ids (Pairs)");
    }
    Map<String, MatchPair> items =
        key.pairs().stream()
            .filter(pair -> !pair.item().isEmpty())
            .collect(
                Collectors.toMap(
                    MatchPair::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, String> choiceTexts =
        key.choices().stream()
            .collect(Collectors.toMap(MatchChoice::id, MatchChoice::text, (a, b) -> a));
    int correct = 0;
    for (Map.Entry<String, String> pairing : given.pairs().entrySet()) {
      MatchPair item = items.get(pairing.getKey());
      if (item == null) {
        throw new InvalidResponse("'" + pairing.getKey() + "' is not an item of this question.");
      }
      String choiceText = choiceTexts.get(pairing.getValue());
      if (choiceText == null) {
        throw new InvalidResponse("'" + pairing.getValue() + "' is not a choice of this question.");
      }
      if (choiceText.equals(item.right())) {
        correct++;
      }
    }
    if (items.isEmpty()) {
      return Grade.of(0, List.of(), general, true);
    }
    boolean complete = given.pairs().keySet().containsAll(items.keySet());
    return Grade.of((double) correct / items.size(), List.of(), general, complete);
  }

  /**
   * Items in their correct position / items (Moodle {@code qtype_ordering}, "absolute position").
   * The order must name every item once.
   */
  static Grade ordering(AnswerKey.Ordering key, Response response, FormattedText general) {
    if (!(response instanceof Response.Order given)) {
      throw InvalidResponse.wrongShape(
          QuestionType.ORDERING, response, "item ids in order (Order)");
    }
    List<String> correctOrder = key.items().stream().map(OrderItem::id).toList();
    List<String> order = given.order();
    if (order.size() > correctOrder.size()) {
      throw new InvalidResponse(
          "The order has " + order.size() + " entries for " + correctOrder.size() + " items.");
    }
    Set<String> known = new HashSet<>(correctOrder);
    Set<String> seen = new HashSet<>();
    for (String id : order) {
      if (!known.contains(id)) {
        throw new InvalidResponse("'" + id + "' is not an item of this question.");
      }
      if (!seen.add(id)) {
        throw new InvalidResponse("The order names '" + id + "' more than once.");
      }
    }
    for (String id : correctOrder) {
      if (!seen.contains(id)) {
        throw new InvalidResponse("The order leaves out '" + id + "'.");
      }
    }
    if (correctOrder.isEmpty()) {
      return Grade.of(0, List.of(), general, true);
    }
    int inPlace = 0;
    for (int position = 0; position < order.size(); position++) {
      if (order.get(position).equals(correctOrder.get(position))) {
        inPlace++;
      }
    }
    return Grade.of((double) inPlace / correctOrder.size(), List.of(), general, true);
  }
}
