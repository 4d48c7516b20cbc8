package io.kbplatform.search.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgedSetParserTest {

  private final JudgedSetParser parser = new JudgedSetParser(3);

  @Test
  void readsQueriesKindsAndGrades() {
    JudgedSet set =
        parser.parse(
            """
            {"name": "demo", "queries": [
              {"query": " 退款多久到账 ", "kind": "colloquial",
               "relevant": {"退款到账时间": 2, "退货流程": 1, "发票": 0}},
              {"query": "VIP客户", "relevant": {"VIP 客户服务": 2}}
            ]}
            """);

    assertEquals("demo", set.name());
    assertEquals(2, set.queries().size());
    JudgedQuery first = set.queries().get(0);
    assertEquals("退款多久到账", first.query());
    assertEquals("colloquial", first.kind());
    assertEquals(Map.of("退款到账时间", 2, "退货流程", 1), first.relevant());
    assertEquals(3, first.grades().size());
    assertNull(set.queries().get(1).kind());
  }

  @Test
  void limitsTheQueriesToTheSpacesItNames() {
    String query = "\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 1}}]";
    assertEquals(
        List.of("CS", "BILLING"),
        parser.parse("{\"spaces\": [\" CS \", \"BILLING\"], " + query + "}").spaces());
    assertEquals(List.of(), parser.parse("{" + query + "}").spaces(), "every readable space");
    assertRefused("{\"spaces\": \"CS\", " + query + "}", "spaces must be an array");
    assertRefused("{\"spaces\": [3], " + query + "}", "spaces[0] must be a space key");
    assertRefused("{\"spaces\": [\" \"], " + query + "}", "spaces[0] must be a space key");
  }

  @Test
  void refusesWhatIsNotAJudgedSet() {
    assertRefused("", "JSON object");
    assertRefused("[]", "JSON object");
    assertRefused("{\"queries\": [", "not valid JSON");
    assertRefused("{}", "queries must be a non-empty array");
    assertRefused("{\"queries\": []}", "queries must be a non-empty array");
    assertRefused("{\"queries\": [\"退款\"]}", "queries[0] must be an object");
    assertRefused("{\"name\": 3, \"queries\": []}", "name must be text");
  }

  @Test
  void saysWhichQueryIsWrong() {
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 1}}, {\"query\": \" \","
            + " \"relevant\": {\"A\": 1}}]}",
        "queries[1].query must be non-blank text");
    assertRefused("{\"queries\": [{\"query\": \"a\"}]}", "queries[0].relevant must be an object");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 4}}]}",
        "queries[0].relevant[\"A\"] must be a whole grade from 0 to 3");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 1.5}}]}", "must be a whole grade");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": \"2\"}}]}",
        "must be a whole grade");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 0}}]}",
        "at least one article relevant");
    assertRefused("{\"queries\": [{\"query\": \"a\", \"relevant\": {\" \": 1}}]}", "blank title");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"kind\": 1, \"relevant\": {\"A\": 1}}]}",
        "queries[0].kind must be text");
    assertRefused(
        "{\"queries\": [{\"query\": \"" + "长".repeat(501) + "\", \"relevant\": {\"A\": 1}}]}",
        "longer than 500");
  }

  @Test
  void refusesAnArticleJudgedTwice() {
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 1, \"A\": 2}}]}", "Duplicate");
    assertRefused(
        "{\"queries\": [{\"query\": \"a\", \"relevant\": {\"A\": 1, \"A \": 2}}]}", "twice");
  }

  @Test
  void refusesMoreQueriesThanItEvaluates() {
    String query = "{\"query\": \"a\", \"relevant\": {\"A\": 1}}";
    assertRefused(
        "{\"queries\": [" + String.join(",", query, query, query, query) + "]}",
        "at most 3 are evaluated");
  }

  private void assertRefused(String json, String expected) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> parser.parse(json));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
