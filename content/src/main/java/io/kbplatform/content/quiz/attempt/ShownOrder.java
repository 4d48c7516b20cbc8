package io.kbplatform.content.quiz.attempt;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.MatchChoice;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.OrderItem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order one attempt shows a question's parts in: options of a choice question; items and
 * choices of a matching question; items of an ordering question (never already in the right order
 * when there are two or more). Kept with the attempt so that a resumed attempt looks the same.
 *
 * @param first options, matching items or ordering items, by id
 * @param second matching choices, by id (empty otherwise)
 */
public record ShownOrder(List<String> first, List<String> second) {

  private static final int ORDERING_TRIES = 10;

  public ShownOrder {
    first = List.copyOf(first);
    second = List.copyOf(second);
  }

  /** An order for a question's parts, shuffled where the question or its type asks for it. */
  static ShownOrder of(AnswerKey key, Random random) {
    if (key instanceof Choices c) {
      List<String> ids = new ArrayList<>(c.options().stream().map(Choice::id).toList());
      if (c.shuffle()) {
        Collections.shuffle(ids, random);
      }
      return new ShownOrder(ids, List.of());
    }
    if (key instanceof Matching m) {
      List<String> items =
          new ArrayList<>(
              m.pairs().stream().filter(p -> !p.item().isEmpty()).map(MatchPair::id).toList());
      if (m.shuffle()) {
        Collections.shuffle(items, random);
      }
      List<String> choices = new ArrayList<>(m.choices().stream().map(MatchChoice::id).toList());
      Collections.shuffle(choices, random);
      return new ShownOrder(items, choices);
    }
    if (key instanceof Ordering o) {
      List<String> correct = o.items().stream().map(OrderItem::id).toList();
      List<String> shown = new ArrayList<>(correct);
      for (int i = 0; i < ORDERING_TRIES && shown.equals(correct) && correct.size() > 1; i++) {
        Collections.shuffle(shown, random);
      }
      if (shown.equals(correct) && correct.size() > 1) {
        Collections.reverse(shown);
      }
      return new ShownOrder(shown, List.of());
    }
    return new ShownOrder(List.of(), List.of());
  }

  String write() {
    return Json.createObjectBuilder()
        .add("first", array(first))
        .add("second", array(second))
        .build()
        .toString();
  }

  static ShownOrder read(String stored) {
    if (stored == null) {
      return new ShownOrder(List.of(), List.of());
    }
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      JsonObject json = reader.readObject();
      return new ShownOrder(
          json.getJsonArray("first").getValuesAs(JsonString::getString),
          json.getJsonArray("second").getValuesAs(JsonString::getString));
    }
  }

  private static JsonArrayBuilder array(List<String> ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    ids.forEach(array::add);
    return array;
  }
}
