package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.content.common.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code next} token of a result page: the sort values of its last hit (for {@code
 * search_after}) and the order they belong to. Tokens are URL-safe Base64 of a small JSON object.
 */
final class SearchCursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchCursor() {}

  /** Where the next page starts, and hits already shown that it must leave out. */
  record Position(List<FieldValue> after, List<String> exclude) {}

  static String encode(SearchQuery.SortOrder order, List<FieldValue> sortValues) {
    return encode(order, sortValues, List.of());
  }

  /**
   * A cursor that may also name hits already shown out of order (a hybrid first page places hits
   * found by meaning and keyword hits lifted by them before the keyword order reaches them).
   */
  static String encode(
      SearchQuery.SortOrder order, List<FieldValue> sortValues, List<String> exclude) {
    ObjectNode node = JSON.createObjectNode();
    node.put("o", order.name());
    if (!exclude.isEmpty()) {
      ArrayNode shown = node.putArray("x");
      exclude.forEach(shown::add);
    }
    ArrayNode values = node.putArray("v");
    for (FieldValue value : sortValues) {
      switch (value._kind()) {
        case Double -> values.add(value.doubleValue());
        case Long -> values.add(value.longValue());
        case String -> values.add(value.stringValue());
        case Boolean -> values.add(value.booleanValue());
        default -> values.addNull();
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The sort values to search after; a token that is not ours, or of another order, is a 400. */
  static Position decode(String token, SearchQuery.SortOrder order) {
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token));
      if (!order.name().equals(node.path("o").asText())) {
        throw invalid();
      }
      List<FieldValue> values = new ArrayList<>();
      for (JsonNode value : node.path("v")) {
        if (value.isTextual()) {
          values.add(FieldValue.of(value.asText()));
        } else if (value.isIntegralNumber()) {
          values.add(FieldValue.of(value.asLong()));
        } else if (value.isNumber()) {
          values.add(FieldValue.of(value.asDouble()));
        } else if (value.isBoolean()) {
          values.add(FieldValue.of(value.asBoolean()));
        } else {
          throw invalid();
        }
      }
      if (values.size() != 2) {
        throw invalid();
      }
      List<String> exclude = new ArrayList<>();
      for (JsonNode id : node.path("x")) {
        exclude.add(id.asText());
      }
      if (exclude.size() > ArticleSearch.MAX_LIMIT) {
        throw invalid();
      }
      return new Position(values, exclude);
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw invalid();
    }
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException(
        "after is not a cursor of this search order; use the next link of the previous page");
  }
}
