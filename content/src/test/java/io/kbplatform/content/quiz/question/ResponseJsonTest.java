package io.kbplatform.content.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response shapes of the API: read from a body, stored, read back; anything else refused. */
class ResponseJsonTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void everyShapeReadsAndIsStoredAsItCame() {
    List<Response> all =
        List.of(
            new Response.Choice("a"),
            new Response.Choices(List.of("a", "c")),
            new Response.TrueOrFalse(false),
            new Response.Text("退款"),
            new Response.Number(7.25),
            new Response.Pairs(Map.of("1", "c2", "2", "c1")),
            new Response.Order(List.of("3", "1", "2")));
    for (Response response : all) {
      assertEquals(response, ResponseJson.read(ResponseJson.write(response)));
    }
    assertEquals(new Response.Choice("a"), ResponseJson.read(json("{\"choice\":\"a\"}")));
    assertEquals(
        new Response.Choice("2"), ResponseJson.read(json("{\"choice\":2}")), "an id as a number");
  }

  @Test
  void aBodyThatIsNotExactlyOneShapeIsRefused() {
    for (String bad :
        List.of(
            "{}",
            "{\"choice\":\"a\",\"value\":true}",
            "{\"answer\":\"a\"}",
            "{\"value\":\"yes\"}",
            "{\"number\":\"7\"}",
            "{\"choices\":\"a\"}",
            "{\"pairs\":[\"a\"]}",
            "{\"order\":[{\"id\":1}]}")) {
      assertThrows(IllegalArgumentException.class, () -> ResponseJson.read(json(bad)), bad);
    }
  }
}
