package io.kbplatform.content.quiz.question;

import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Essay;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.NumericAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.AnswerKey.ShortAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.TrueFalse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * A question version as stored: one JSON document per version, written and read back exactly (a
 * version never changes once an attempt has shown it). The document is versioned ({@code "v": 1})
 * so that a later shape can still read the older ones; a document without it is read as the current
 * shape (the API accepts questions in this shape). Numbers keep full double precision.
 */
public final class QuestionJson {

  private static final int SHAPE = 1;

  private QuestionJson() {}

  /** The question as a JSON document. */
  public static String write(QuestionContent question) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("v", SHAPE)
            .add("type", question.type().name())
            .add("name", question.name())
            .add("text", text(question.text()))
            .add("generalFeedback", text(question.generalFeedback()))
            .add("defaultMark", question.defaultMark())
            .add("key", key(question.key()));
    return json.build().toString();
  }

  /**
   * The question a document holds.
   *
   * @throws IllegalArgumentException when the document is not one {@link #write} wrote
   */
  public static QuestionContent read(String document) {
    try (JsonReader reader = Json.createReader(new StringReader(document))) {
      JsonObject json = reader.readObject();
      if (json.getInt("v", SHAPE) != SHAPE) {
        throw new IllegalArgumentException("Unknown question document shape " + json.get("v"));
      }
      QuestionType type = QuestionType.valueOf(json.getString("type"));
      AnswerKey key = key(type, json.getJsonObject("key"));
      return new QuestionContent(
          json.getString("name"),
          text(json.getJsonObject("text")),
          text(json.getJsonObject("generalFeedback")),
          json.getJsonNumber("defaultMark").doubleValue(),
          key);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("Not a question document: " + e.getMessage(), e);
    }
  }

  private static JsonObject key(AnswerKey key) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (key instanceof Choices c) {
      json.add("multiple", c.multiple())
          .add("shuffle", c.shuffle())
          .add("options", array(c.options(), QuestionJson::choice));
    } else if (key instanceof TrueFalse t) {
      json.add("answer", t.answer())
          .add("feedbackIfTrue", text(t.feedbackIfTrue()))
          .add("feedbackIfFalse", text(t.feedbackIfFalse()));
    } else if (key instanceof ShortAnswers s) {
      json.add("answers", array(s.answers(), QuestionJson::accepted));
    } else if (key instanceof NumericAnswers n) {
      json.add("answers", array(n.answers(), QuestionJson::numeric));
    } else if (key instanceof Matching m) {
      json.add("shuffle", m.shuffle())
          .add("pairs", array(m.pairs(), QuestionJson::pair))
          .add("distractors", strings(m.distractors()));
    } else if (key instanceof Ordering o) {
      json.add("items", array(o.items(), QuestionJson::item));
    } else if (key instanceof Essay e) {
      json.add("graderInformation", text(e.graderInformation()));
    }
    return json.build();
  }

  private static AnswerKey key(QuestionType type, JsonObject json) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          new Choices(
              list(json.getJsonArray("options"), QuestionJson::choice),
              json.getBoolean("multiple"),
              json.getBoolean("shuffle"));
      case TRUE_FALSE ->
          new TrueFalse(
              json.getBoolean("answer"),
              text(json.getJsonObject("feedbackIfTrue")),
              text(json.getJsonObject("feedbackIfFalse")));
      case SHORT_ANSWER ->
          new ShortAnswers(list(json.getJsonArray("answers"), QuestionJson::accepted));
      case NUMERIC -> new NumericAnswers(list(json.getJsonArray("answers"), QuestionJson::numeric));
      case MATCHING ->
          new Matching(
              list(json.getJsonArray("pairs"), QuestionJson::pair),
              json.getJsonArray("distractors").getValuesAs(JsonString::getString),
              json.getBoolean("shuffle"));
      case ORDERING -> new Ordering(list(json.getJsonArray("items"), QuestionJson::item));
      case ESSAY -> new Essay(text(json.getJsonObject("graderInformation")));
    };
  }

  private static JsonObject text(FormattedText text) {
    return Json.createObjectBuilder()
        .add("text", text.text())
        .add("format", text.format().name())
        .build();
  }

  private static FormattedText text(JsonObject json) {
    return new FormattedText(json.getString("text"), TextFormat.valueOf(json.getString("format")));
  }

  private static JsonObject choice(Choice c) {
    return Json.createObjectBuilder()
        .add("id", c.id())
        .add("text", text(c.text()))
        .add("fraction", c.fraction())
        .add("feedback", text(c.feedback()))
        .build();
  }

  private static Choice choice(JsonObject json) {
    return new Choice(
        json.getString("id"),
        text(json.getJsonObject("text")),
        json.getJsonNumber("fraction").doubleValue(),
        text(json.getJsonObject("feedback")));
  }

  private static JsonObject accepted(AcceptedAnswer a) {
    return Json.createObjectBuilder()
        .add("pattern", a.pattern())
        .add("fraction", a.fraction())
        .add("feedback", text(a.feedback()))
        .build();
  }

  private static AcceptedAnswer accepted(JsonObject json) {
    return new AcceptedAnswer(
        json.getString("pattern"),
        json.getJsonNumber("fraction").doubleValue(),
        text(json.getJsonObject("feedback")));
  }

  private static JsonObject numeric(NumericAnswer n) {
    return Json.createObjectBuilder()
        .add("value", n.value())
        .add("tolerance", n.tolerance())
        .add("fraction", n.fraction())
        .add("feedback", text(n.feedback()))
        .build();
  }

  private static NumericAnswer numeric(JsonObject json) {
    return new NumericAnswer(
        json.getJsonNumber("value").doubleValue(),
        json.getJsonNumber("tolerance").doubleValue(),
        json.getJsonNumber("fraction").doubleValue(),
        text(json.getJsonObject("feedback")));
  }

  private static JsonObject pair(MatchPair p) {
    return Json.createObjectBuilder()
        .add("id", p.id())
        .add("item", text(p.item()))
        .add("right", p.right())
        .build();
  }

  private static MatchPair pair(JsonObject json) {
    return new MatchPair(
        json.getString("id"), text(json.getJsonObject("item")), json.getString("right"));
  }

  private static JsonObject item(OrderItem i) {
    return Json.createObjectBuilder().add("id", i.id()).add("text", text(i.text())).build();
  }

  private static OrderItem item(JsonObject json) {
    return new OrderItem(json.getString("id"), text(json.getJsonObject("text")));
  }

  private static <T> JsonArray array(List<T> values, Function<T, JsonObject> write) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(v -> array.add(write.apply(v)));
    return array.build();
  }

  private static JsonArray strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }

  private static <T> List<T> list(JsonArray array, Function<JsonObject, T> read) {
    return array.stream().map(JsonValue::asJsonObject).map(read).toList();
  }
}
