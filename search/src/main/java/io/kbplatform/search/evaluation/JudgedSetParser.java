package io.kbplatform.search.evaluation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kbplatform.content.common.InvalidRequestException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a judged set from JSON:
 *
 * <pre>
 * {"name": "demo", "queries": [
 *   {"query": "退款多久到账", "kind": "colloquial", "relevant": {"退款到账时间说明": 2, "退货退款流程": 1}}
 * ]}
 * </pre>
 *
 * Anything else is refused with an {@link InvalidRequestException} that says where the problem is.
 */
public final class JudgedSetParser {

  /** The longest query text, as for the search API. */
  public static final int MAX_QUERY_LENGTH = 500;

  /** The highest grade accepted. */
  public static final int MAX_GRADE = 3;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final int maxQueries;

  public JudgedSetParser(int maxQueries) {
    this.maxQueries = maxQueries;
  }

  public JudgedSet parse(String json) {
    JsonNode root;
    try {
      root = json == null || json.isBlank() ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw invalid(
          "The judged set is not valid JSON: "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + ".");
    }
    if (root == null || !root.isObject()) {
      throw invalid("The judged set must be a JSON object with a \"queries\" array.");
    }
    JsonNode name = root.get("name");
    if (name != null && !name.isNull() && !name.isTextual()) {
      throw invalid("name must be text.");
    }
    JsonNode queries = root.get("queries");
    if (queries == null || !queries.isArray() || queries.isEmpty()) {
      throw invalid("queries must be a non-empty array.");
    }
    if (queries.size() > maxQueries) {
      throw invalid(
          "queries has " + queries.size() + " entries; at most " + maxQueries + " are evaluated.");
    }
    List<JudgedQuery> parsed = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      parsed.add(query(queries.get(i), "queries[" + i + "]"));
    }
    return new JudgedSet(
        name == null || name.isNull() ? null : name.asText(), spaces(root.get("spaces")), parsed);
  }

  /** The optional {@code spaces}: keys of the spaces every query is limited to. */
  private static List<String> spaces(JsonNode spaces) {
    if (spaces == null || spaces.isNull()) {
      return List.of();
    }
    if (!spaces.isArray() || spaces.size() > MAX_SPACES) {
      throw invalid("spaces must be an array of at most " + MAX_SPACES + " space keys.");
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < spaces.size(); i++) {
      JsonNode key = spaces.get(i);
      if (!key.isTextual() || key.asText().isBlank() || key.asText().length() > 64) {
        throw invalid("spaces[" + i + "] must be a space key.");
      }
      keys.add(key.asText().strip());
    }
    return keys;
  }

  static final int MAX_SPACES = 50;

  private static JudgedQuery query(JsonNode node, String at) {
    if (!node.isObject()) {
      throw invalid(at + " must be an object with \"query\" and \"relevant\".");
    }
    JsonNode text = node.get("query");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw invalid(at + ".query must be non-blank text.");
    }
    if (text.asText().length() > MAX_QUERY_LENGTH) {
      throw invalid(at + ".query is longer than " + MAX_QUERY_LENGTH + " characters.");
    }
    JsonNode kind = node.get("kind");
    if (kind != null && !kind.isNull() && !kind.isTextual()) {
      throw invalid(at + ".kind must be text.");
    }
    return new JudgedQuery(
        text.asText().strip(),
        kind == null || kind.isNull() || kind.asText().isBlank() ? null : kind.asText().strip(),
        grades(node.get("relevant"), at + ".relevant"));
  }

  private static Map<String, Integer> grades(JsonNode relevant, String at) {
    if (relevant == null || !relevant.isObject() || relevant.isEmpty()) {
      throw invalid(at + " must be an object naming articles (title or id) with their grades.");
    }
    Map<String, Integer> grades = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = relevant.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String article = field.getKey().strip();
      JsonNode grade = field.getValue();
      if (article.isEmpty()) {
        throw invalid(at + " names an article with a blank title.");
      }
      if (!grade.isIntegralNumber() || grade.asInt() < 0 || grade.asInt() > MAX_GRADE) {
        throw invalid(
            at + "[\"" + article + "\"] must be a whole grade from 0 to " + MAX_GRADE + ".");
      }
      if (grades.put(article, grade.asInt()) != null) {
        throw invalid(at + " names \"" + article + "\" twice.");
      }
    }
    if (grades.values().stream().noneMatch(g -> g > 0)) {
      throw invalid(at + " must judge at least one article relevant (grade 1 or more).");
    }
    return grades;
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException(message);
  }
}
