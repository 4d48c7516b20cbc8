package io.kbplatform.content.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftReaderErrorsTest {

  private final GiftReader reader = new GiftReader();

  /** The one error reading {@code gift} gives, as "line: message". */
  private ImportError onlyError(String gift) {
    ImportResult result = reader.read(gift);
    assertEquals(1, result.errors().size(), () -> result.errors().toString());
    return result.errors().get(0);
  }

  private void assertError(int line, String messagePart, String gift) {
    ImportError error = onlyError(gift);
    assertEquals(line, error.line(), error::toString);
    assertTrue(error.message().contains(messagePart), error::toString);
  }

  @Test
  void badQuestionsAreReportedWithTheirLineWhileEveryGoodOneStillImports() {
    String gift =
        """
        // a file with good and bad questions
        ::Good 1::1 + 1 \\= 2 {T}

        ::Unclosed::Pick one {
        =a
        ~b

        ::Description::Only text, no braces.

        ::Good 2::Pick {=a ~b}

        ::Bad number::How many? {#abc}
        """;

    ImportResult result = reader.read(gift);

    assertEquals(
        List.of("Good 1", "Good 2"),
        result.questions().stream().map(q -> q.content().name()).toList());
    assertEquals(List.of(2, 10), result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals(List.of(4, 8, 12), result.errors().stream().map(ImportError::line).toList());
    assertTrue(result.errors().get(0).message().contains("'{' is never closed"));
    assertTrue(result.errors().get(1).message().contains("descriptions are not questions"));
    assertTrue(result.errors().get(2).message().contains("'abc' is not a number"));
  }

  @Test
  void anUnclosedBraceIsReportedAtTheLineOfTheBrace() {
    assertError(3, "'{' is never closed", "::Q::\nWho?\n{=a\n~b");
  }

  @Test
  void aSecondOpeningBraceBeforeTheCloseIsReported() {
    assertError(1, "'{' is never closed", "Who? {=a {~b}");
  }

  @Test
  void aClosingBraceWithoutAnOpeningOneIsReportedWhereItIs() {
    assertError(2, "'}' closes no '{'", "Who?\nit } is {=a ~b}");
  }

  @Test
  void aSecondAnswerBlockIsReported() {
    assertError(2, "one set of answers", "Who {=a ~b}\nand {=c}");
  }

  @Test
  void anUnclosedNameIsReported() {
    assertError(1, "never closed by '::'", "::Name Who? {T}");
  }

  @Test
  void aDescriptionIsNotImportedButReported() {
    assertError(3, "descriptions are not questions", "// intro\n\nWelcome to the broadband quiz.");
  }

  @Test
  void aChoiceQuestionWithoutAnEqualsAnswerOrPositiveWeightHasNoRightAnswer() {
    assertError(1, "no option is right", "Pick {~a ~b ~c}");
  }

  @Test
  void multipleAnswerWeightsMustAddUpToTheWholeMarkAsMoodleRequires() {
    assertError(2, "add up to 60%", "Pick\n{~%30%a ~%30%b ~c}");
  }

  @Test
  void aChoiceQuestionNeedsTwoOptions() {
    assertError(1, "at least two options", "Pick {~%100%a}");
  }

  @Test
  void anEmptyOptionIsReportedAtItsLine() {
    assertError(3, "option 2 has no text", "Pick {\n=a\n~\n~c}");
  }

  @Test
  void anEqualsAnswerWithAWeightIsAmbiguousInAChoiceQuestion() {
    assertError(1, "'=' marks the right option", "Pick {=%50%a ~b}");
  }

  @Test
  void textBeforeTheFirstChoiceIsReported() {
    assertError(1, "each answer starts with ~ or =", "Pick {a ~b =c}");
  }

  @Test
  void weightsBeyondAHundredPercentAreReported() {
    assertError(1, "from -100% to 100%", "Pick {~%150%a ~b}");
  }

  @Test
  void onlyChoiceOptionsMayWeighNegative() {
    assertError(1, "negative weight", "Name it {=%-50%x}");
  }

  @Test
  void numbersMustBeNumbers() {
    assertError(1, "'abc' is not a number", "How many? {#abc}");
    assertError(1, "'1,5' is not a number", "How many? {#1,5}");
    assertError(1, "'NaN' is not a number", "How many? {#NaN}");
    assertError(1, "'1e999' is not a number", "How many? {#1e999}");
    assertError(2, "'x' is not a number", "How many? {#\n=3:x}");
  }

  @Test
  void aNumericQuestionNeedsANumber() {
    assertError(1, "needs an accepted number", "How many? {#}");
  }

  @Test
  void rangesAndTolerancesAreChecked() {
    assertError(1, "ends below its start", "How many? {#5..1}");
    assertError(1, "negative", "How many? {#5:-1}");
  }

  @Test
  void aMatchingQuestionNeedsTwoPairsNotCountingDistractors() {
    assertError(1, "at least two pairs", "Match {=a -> b = -> c = -> d}");
  }

  @Test
  void everyMatchingAnswerNeedsAnArrowAndAChoice() {
    assertError(2, "'=item -> choice'", "Match {=a -> b\n=c d =e -> f}");
    assertError(1, "no choice after '->'", "Match {=a -> b =c -> }");
  }

  @Test
  void tooManyAnswersInOneQuestionIsAnError() {
    StringBuilder gift = new StringBuilder("Pick {=right");
    for (int i = 0; i < ImportLimits.MAX_ANSWERS_PER_QUESTION; i++) {
      gift.append(" ~wrong").append(i);
    }
    assertError(1, "at most 100 answers", gift.append('}').toString());
  }
}
