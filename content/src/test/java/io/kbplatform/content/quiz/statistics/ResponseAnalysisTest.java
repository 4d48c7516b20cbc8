package io.kbplatform.content.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.quiz.statistics.ResponseAnalysis.QuestionResponses;
import io.kbplatform.content.quiz.statistics.ResponseAnalysis.ResponseFrequency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseAnalysisTest {

  @Test
  void eachResponseIsCountedWithItsShareOfTheAttemptsMostFrequentFirst() {
    List<QuestionResponses> result =
        new ResponseAnalysis(List.of("colour", "modem"))
            .attempt("red", "reboot")
            .attempt("blue", "reboot")
            .attempt("red", null)
            .attempt("green", "  ")
            .attempt("red", "call the ISP")
            .result();

    QuestionResponses colour = result.get(0);
    assertEquals("colour", colour.questionId());
    assertEquals(5, colour.attempts());
    assertEquals(
        List.of(
            new ResponseFrequency("red", 3, 60),
            new ResponseFrequency("blue", 1, 20),
            new ResponseFrequency("green", 1, 20)),
        colour.responses());
    assertEquals(0, colour.noResponseCount());

    QuestionResponses modem = result.get(1);
    assertEquals(
        List.of(
            new ResponseFrequency("reboot", 2, 40), new ResponseFrequency("call the ISP", 1, 20)),
        modem.responses());
    assertEquals(2, modem.noResponseCount());
    assertEquals(40, modem.noResponseFrequency());
  }

  @Test
  void withoutAttemptsThereAreNoResponsesAndNoNaN() {
    QuestionResponses only = new ResponseAnalysis(List.of("q")).result().get(0);
    assertEquals(List.of(), only.responses());
    assertEquals(0, only.noResponseFrequency());
  }

  @Test
  void theResponsesOfTheAttemptsCountedCanBeChosenLikeTheStatistics() {
    AttemptMarks marks =
        AttemptMarks.builder(List.of(new QuestionSlot("q", 1)))
            .attempt("ann", 1, 0)
            .attempt("ann", 2, 1)
            .attempt("bob", 1, 1)
            .build();
    String[] responses = {"b", "a", "a"};
    ResponseAnalysis analysis = new ResponseAnalysis(List.of("q"));
    for (int attempt : marks.attemptsCounted(AttemptsCounted.FIRST)) {
      analysis.attempt(responses[attempt]);
    }
    assertEquals(
        List.of(new ResponseFrequency("a", 1, 50), new ResponseFrequency("b", 1, 50)),
        analysis.result().get(0).responses());
  }

  @Test
  void anAttemptMustGiveOneResponsePerQuestion() {
    ResponseAnalysis analysis = new ResponseAnalysis(List.of("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> analysis.attempt("x"));
  }
}
