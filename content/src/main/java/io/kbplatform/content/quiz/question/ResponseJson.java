package io.kbplatform.content.quiz.question;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's response in the API's shapes ({@code {"choice": id}}, {@code {"choices": [ids]}},
 * {@code {"value": true}}, {@code {"text": "…"}}, {@code {"number": n}}, {@code {"pairs": {itemId:
 * choiceId}}}, {@code {"order": [ids]}}), read from a request body and stored as such.
 */
public final class ResponseJson {

  private ResponseJson() {}

  /**
   * The response a JSON object holds: exactly one of the shapes' keys, with a value of its kind.
   *
   * @throws IllegalArgumentException naming what is wrong otherwise
   */
  public static Response read(JsonObject json) {
    if (json.size() != 1) {
      throw new IllegalArgumentException(
          "A response has exactly one of choice, choices, value, text, number, pairs or order.");
    }
    String key = json.keySet().iterator().next();
    JsonValue value = json.get(key);
    return switch (key) {
      case "choice" -> new Response.Choice(string(key, value));
      case "choices" -> new Response.Choices(strings(key, value));
      case "value" -> new Response.TrueOrFalse(bool(key, value));
      case "text" -> new Response.Text(string(key, value));
      case "number" -> new Response.Number(number(key, value));
      case "pairs" -> new Response.Pairs(pairs(key, value));
      case "order" -> new Response.Order(strings(key, value));
      default ->
          throw new IllegalArgumentException(
              "Unknown response field '"
                  + key
                  + "': use choice, choices, value, text, number, pairs or order.");
    };
  }

  /** The response stored as text. */
  public static Response read(String stored) {
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return read(reader.readObject());
    }
  }

  /** The response as a JSON document in its API shape. */
  public static String write(Response response) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (response instanceof Response.Choice c) {
      json.add("choice", c.choice());
    } else if (response instanceof Response.Choices c) {
      json.add("choices", array(c.choices()));
    } else if (response instanceof Response.TrueOrFalse t) {
      json.add("value", t.value());
    } else if (response instanceof Response.Text t) {
      json.add("text", t.text());
    } else if (response instanceof Response.Number n) {
      json.add("number", n.number());
    } else if (response instanceof Response.Pairs p) {
      JsonObjectBuilder pairs = Json.createObjectBuilder();
      p.pairs().forEach(pairs::add);
      json.add("pairs", pairs);
    } else if (response instanceof Response.Order o) {
      json.add("order", array(o.order()));
    }
    return json.build().toString();
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static String string(String key, JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    throw new IllegalArgumentException("'" + key + "' must be a string.");
  }

  private static boolean bool(String key, JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new IllegalArgumentException("'" + key + "' must be true or false.");
  }

  private static double number(String key, JsonValue value) {
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException("'" + key + "' must be a number.");
  }

  private static List<String> strings(String key, JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new IllegalArgumentException("'" + key + "' must be a list of ids.");
    }
    List<String> ids = new ArrayList<>();
    for (JsonValue element : array) {
      ids.add(string(key + "[]", element));
    }
    return ids;
  }

  private static Map<String, String> pairs(String key, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      throw new IllegalArgumentException(
          "'" + key + "' must be an object of item id to choice id.");
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    object.forEach((item, choice) -> pairs.put(item, string(key + "." + item, choice)));
    return pairs;
  }
}
