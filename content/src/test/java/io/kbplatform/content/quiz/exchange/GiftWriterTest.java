package io.kbplatform.content.quiz.exchange;

import static io.kbplatform.content.quiz.exchange.GiftFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.OrderItem;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

  private final GiftReader reader = new GiftReader();
  private final GiftWriter writer = new GiftWriter();

  private List<CategorizedQuestion> readAll(String gift) {
    ImportResult result = reader.read(gift);
    assertEquals(List.of(), result.errors());
    return result.questions().stream().map(ImportedQuestion::categorized).toList();
  }

  private List<CategorizedQuestion> roundTrip(List<CategorizedQuestion> questions) {
    return readAll(writer.write(questions));
  }

  @Test
  void aFileWithEveryTypeReadsBackIdenticallyAfterBeingWritten() {
    List<CategorizedQuestion> read = readAll(fixture("all-types.gift"));

    assertEquals(
        EnumSet.complementOf(EnumSet.of(QuestionType.ORDERING)),
        EnumSet.copyOf(read.stream().map(q -> q.content().type()).toList()));
    assertEquals(read, roundTrip(read));
  }

  @Test
  void moodlesDocumentationExamplesReadBackIdenticallyAfterBeingWritten() {
    List<CategorizedQuestion> read = readAll(fixture("moodle-docs-examples.gift"));

    assertEquals(read, roundTrip(read));
  }

  @Test
  void writingIsStableOnceRead() {
    String once = writer.write(readAll(fixture("all-types.gift")));

    assertEquals(once, writer.write(readAll(once)));
  }

  @Test
  void questionsBuiltInTheApplicationSurviveTheTrip() {
    FormattedText html = new FormattedText("<p>Why?</p>", TextFormat.HTML);
    List<CategorizedQuestion> questions =
        List.of(
            question(
                List.of("Sales", "Upsell/Cross-sell"),
                new QuestionContent(
                    "Offer {1}: 50% = half",
                    FormattedText.of("Line one\nline two: a \\ b # c ~ d = e { f }"),
                    new FormattedText("**Remember** the offer.", TextFormat.MARKDOWN),
                    1,
                    new AnswerKey.Choices(
                        List.of(
                            new Choice("1", FormattedText.of("[not a format] text"), 1, null),
                            new Choice("2", html, 0, FormattedText.of("no")),
                            new Choice("3", FormattedText.of("third"), 1.0 / 3, null),
                            new Choice("4", FormattedText.of("fourth"), -0.1, null)),
                        false,
                        true))),
            question(
                List.of("Sales"),
                new QuestionContent(
                    "Multiple",
                    html,
                    null,
                    1,
                    new AnswerKey.Choices(
                        List.of(
                            new Choice("1", FormattedText.of("a"), 1, null),
                            new Choice("2", FormattedText.of("b"), 0, null),
                            new Choice("3", FormattedText.of("c"), -1, null)),
                        true,
                        true))),
            question(
                List.of(),
                new QuestionContent(
                    "Numbers",
                    FormattedText.of("How far?"),
                    null,
                    1,
                    new AnswerKey.NumericAnswers(
                        List.of(
                            new NumericAnswer(0.1, 0.025, 1, null),
                            new NumericAnswer(-1e-9, 0, 0.123456789, FormattedText.of("tiny")),
                            new NumericAnswer(6.02214076e23, 1e20, 0.5, null))))),
            question(
                List.of(),
                new QuestionContent(
                    "Short",
                    FormattedText.of("Say _____ twice."),
                    null,
                    1,
                    new AnswerKey.ShortAnswers(
                        List.of(
                            new AcceptedAnswer("hello*", 1, FormattedText.of("yes")),
                            new AcceptedAnswer("C:\\path", 0, FormattedText.of("nothing")))))),
            question(
                List.of(),
                new QuestionContent(
                    "Match",
                    FormattedText.of("Match"),
                    null,
                    1,
                    new AnswerKey.Matching(
                        List.of(
                            new MatchPair("1", FormattedText.of("a=b"), "c -> d"),
                            new MatchPair("2", html, "x#y")),
                        List.of("z{}"),
                        true))),
            question(
                List.of(),
                new QuestionContent(
                    "True",
                    FormattedText.of("Sky is blue."),
                    null,
                    1,
                    new AnswerKey.TrueFalse(true, null, FormattedText.of("It is blue.")))));

    assertEquals(questions, roundTrip(questions));
  }

  @Test
  void textsThatLookLikeAFormatOrAWeightKeepTheirMeaning() {
    List<CategorizedQuestion> questions =
        List.of(
            question(
                List.of(),
                new QuestionContent(
                    "Discounts",
                    FormattedText.of("[Offer] Which discount?"),
                    null,
                    1,
                    new AnswerKey.Choices(
                        List.of(
                            new Choice("1", FormattedText.of("%50% off"), 1, null),
                            new Choice("2", FormattedText.of("%20% off"), 0, null),
                            new Choice(
                                "3", FormattedText.of("[html] is not a format here"), 0, null)),
                        false,
                        true))),
            question(
                List.of(),
                new QuestionContent(
                    "Patterns",
                    FormattedText.of("Type it"),
                    null,
                    1,
                    new AnswerKey.ShortAnswers(
                        List.of(
                            new AcceptedAnswer("%100%", 1, null),
                            new AcceptedAnswer("[plain]", 0.5, null))))));

    assertEquals(questions, roundTrip(questions));
  }

  @Test
  void aCategoryLineIsWrittenOnlyWhereTheCategoryChanges() {
    List<CategorizedQuestion> questions =
        List.of(
            question(List.of("A"), essay("one")),
            question(List.of("A"), essay("two")),
            question(List.of("A", "b/c"), essay("three")));

    String gift = writer.write(questions);

    assertEquals(2, gift.split("\\$CATEGORY:", -1).length - 1, gift);
    assertTrue(gift.contains("$CATEGORY: A/b//c\n"), gift);
  }

  @Test
  void specialCharactersAreEscapedAndFractionsWrittenAsPercentages() {
    String gift =
        writer.write(
            List.of(
                question(
                    List.of(),
                    new QuestionContent(
                        "a:b",
                        FormattedText.of("x = {y}"),
                        null,
                        1,
                        new AnswerKey.Choices(
                            List.of(
                                new Choice("1", FormattedText.of("~1"), 1, null),
                                new Choice("2", FormattedText.of("#2"), 0.5, null),
                                new Choice("3", FormattedText.of("3"), 0, null)),
                            false,
                            true)))));

    assertEquals("::a\\:b::x \\= \\{y\\}{\n\t=\\~1\n\t~%50%\\#2\n\t~3\n}\n\n", gift);
  }

  @Test
  void orderingQuestionsBecomeACommentThatSaysWhyAndTheFileStaysReadable() {
    QuestionContent ordering =
        new QuestionContent(
            "Steps",
            FormattedText.of("Order the steps."),
            null,
            1,
            new AnswerKey.Ordering(
                List.of(
                    new OrderItem("1", FormattedText.of("Greet")),
                    new OrderItem("2", FormattedText.of("Solve")))));

    String gift =
        writer.write(List.of(question(List.of(), ordering), question(List.of(), essay("Next"))));

    assertTrue(gift.startsWith("// Ordering question 'Steps' is not exported"), gift);
    ImportResult back = reader.read(gift);
    assertEquals(List.of(), back.errors());
    assertEquals(
        List.of(essay("Next")), back.questions().stream().map(ImportedQuestion::content).toList());
  }

  private static QuestionContent essay(String name) {
    return new QuestionContent(
        name, FormattedText.of(name + "?"), null, 1, new AnswerKey.Essay(null));
  }

  private static CategorizedQuestion question(List<String> category, QuestionContent content) {
    return new CategorizedQuestion(category, content);
  }
}
