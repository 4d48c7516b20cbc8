package io.kbplatform.content.quiz.exchange;

import static io.kbplatform.content.quiz.exchange.GiftFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftReaderTest {

  private final GiftReader reader = new GiftReader();

  private QuestionContent only(String gift) {
    ImportResult result = reader.read(gift);
    assertEquals(List.of(), result.errors());
    assertEquals(1, result.questions().size());
    return result.questions().get(0).content();
  }

  private static FormattedText moodle(String text) {
    return FormattedText.of(text);
  }

  @Test
  void everyExampleOfMoodlesDocumentationImportsInFileOrderWithItsStartingLine() {
    ImportResult result = reader.read(fixture("moodle-docs-examples.gift"));

    assertEquals(List.of(), result.errors());
    assertEquals(
        List.of(4, 16, 18, 20, 22, 24, 26, 34, 36, 38, 40, 42, 47, 54, 60, 67, 73, 75, 77, 81, 83),
        result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals(
        List.of(
            QuestionType.SINGLE_CHOICE,
            QuestionType.SINGLE_CHOICE,
            QuestionType.TRUE_FALSE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_ANSWER,
            QuestionType.SHORT_ANSWER,
            QuestionType.MATCHING,
            QuestionType.SINGLE_CHOICE,
            QuestionType.NUMERIC,
            QuestionType.NUMERIC,
            QuestionType.NUMERIC,
            QuestionType.NUMERIC,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.SINGLE_CHOICE,
            QuestionType.SINGLE_CHOICE,
            QuestionType.SHORT_ANSWER,
            QuestionType.TRUE_FALSE,
            QuestionType.ESSAY,
            QuestionType.ESSAY,
            QuestionType.SINGLE_CHOICE,
            QuestionType.SINGLE_CHOICE),
        result.questions().stream().map(q -> q.content().type()).toList());
  }

  @Test
  void aChoiceQuestionKeepsItsNameOptionsInOrderWithIdsAndFeedbackOnFollowingLines() {
    QuestionContent grant =
        reader.read(fixture("moodle-docs-examples.gift")).questions().get(0).content();

    assertEquals("Grants tomb", grant.name());
    assertEquals(moodle("Who is buried in Grant's tomb in New York City?"), grant.text());
    assertEquals(1, grant.defaultMark());
    AnswerKey.Choices key = (AnswerKey.Choices) grant.key();
    assertFalse(key.multiple());
    assertEquals(
        List.of(
            new Choice("1", moodle("Grant"), 1, FormattedText.EMPTY),
            new Choice(
                "2",
                moodle("No one"),
                0,
                moodle(
                    "Was true for 12 years, but Grant's remains were buried in the tomb in 1897")),
            new Choice("3", moodle("Napoleon"), 0, moodle("He was buried in France")),
            new Choice("4", moodle("Churchill"), 0, moodle("He was buried in England")),
            new Choice("5", moodle("Mother Teresa"), 0, moodle("She was buried in India"))),
        key.options());
  }

  @Test
  void aQuestionWithoutANameIsNamedAfterItsTextAsMoodleDoes() {
    QuestionContent question = only("The sun rises in the east.{T}");

    assertEquals("The sun rises in the east.", question.name());
    assertEquals(new AnswerKey.TrueFalse(true, null, null), question.key());
  }

  @Test
  void missingWordQuestionsKeepABlankWhereTheBracesWere() {
    assertEquals(
        moodle("Grant is _____ in Grant's tomb."),
        only("Grant is {~buried =entombed ~living} in Grant's tomb.").text());
    assertEquals(
        moodle("Two plus two equals _____."), only("Two plus two equals {=four =4}.").text());
    assertEquals(moodle("光猫的 _____ 灯表示光信号。"), only("光猫的 {=LOS} 灯表示光信号。").text());
  }

  @Test
  void answersAtTheEndLeaveNoBlank() {
    assertEquals(
        moodle("Who's buried in Grant's tomb?"),
        only("Who's buried in Grant's tomb?{=Grant}").text());
  }

  @Test
  void percentagesAndNegativeWeightsWithoutEqualsMakeAMultipleAnswerQuestion() {
    AnswerKey.Choices key =
        (AnswerKey.Choices)
            only("Who? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}").key();

    assertTrue(key.multiple());
    assertEquals(
        List.of(-1.0, 0.5, 0.5, -1.0), key.options().stream().map(Choice::fraction).toList());
    assertEquals(List.of("1", "2", "3", "4"), key.options().stream().map(Choice::id).toList());
  }

  @Test
  void aWeightedWrongOptionBesideAnEqualsAnswerStaysSingleChoiceWithPartialCredit() {
    AnswerKey.Choices key =
        (AnswerKey.Choices)
            only("Jesus Christ was from {~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth}.").key();

    assertFalse(key.multiple());
    assertEquals(
        List.of(0.0, 0.25, 0.5, 1.0), key.options().stream().map(Choice::fraction).toList());
  }

  @Test
  void decimalWeightsAreExactPercentages() {
    AnswerKey.Choices key =
        (AnswerKey.Choices) only("Pick {~%33.33333%a ~%33.33333%b ~%33.33334%c ~d}").key();

    assertEquals(0.3333333, key.options().get(0).fraction());
  }

  @Test
  void trueFalseFeedbackIsWrongThenRight() {
    assertEquals(
        new AnswerKey.TrueFalse(true, moodle("Well done!"), moodle("Sorry, you are wrong.")),
        only("Is it raining? {TRUE#Sorry, you are wrong.#Well done!}").key());
    assertEquals(
        new AnswerKey.TrueFalse(false, moodle("Sorry."), moodle("Yes, it is false.")),
        only("Grant is buried in Grant's tomb.{F#Sorry.#Yes, it is false.}").key());
    assertEquals(new AnswerKey.TrueFalse(false, null, null), only("x {FALSE}").key());
  }

  @Test
  void shortAnswersKeepTheirWeightsAndFeedback() {
    assertEquals(
        new AnswerKey.ShortAnswers(
            List.of(
                new AcceptedAnswer("Nazareth", 1, moodle("Yes! That's right!")),
                new AcceptedAnswer("Nazereth", 0.75, moodle("Right, but misspelled.")),
                new AcceptedAnswer("Bethlehem", 0.25, FormattedText.EMPTY))),
        only("From {=Nazareth#Yes! That's right! =%75%Nazereth#Right, but misspelled. =%25%Bethlehem}.")
            .key());
  }

  @Test
  void anAnswerWithoutEqualsIsTheOneAcceptedShortAnswer() {
    QuestionContent question = only("1 + 2 \\= {3}");

    assertEquals(moodle("1 + 2 ="), question.text());
    assertEquals(
        new AnswerKey.ShortAnswers(List.of(new AcceptedAnswer("3", 1, null))), question.key());
  }

  @Test
  void numericAnswersReadToleranceRangeWeightsAndTheCatchAllFeedback() {
    assertEquals(
        new AnswerKey.NumericAnswers(List.of(new NumericAnswer(1822, 5, 1, null))),
        only("When was Ulysses S. Grant born?{#1822:5}").key());
    assertEquals(
        new AnswerKey.NumericAnswers(List.of(NumericAnswer.range(1, 3, 1, null))),
        only("A number from 1 to 3? {#1..3}").key());
    AnswerKey.NumericAnswers weighted =
        (AnswerKey.NumericAnswers)
            only("When? {#\n =1822:0 # Correct!\n =%50%1822:2 # Close.\n ~ # Read again.\n}").key();
    assertEquals(new NumericAnswer(1822, 0, 1, moodle("Correct!")), weighted.answers().get(0));
    assertEquals(new NumericAnswer(1822, 2, 0.5, moodle("Close.")), weighted.answers().get(1));
    NumericAnswer anyOther = weighted.answers().get(2);
    assertEquals(0, anyOther.fraction());
    assertEquals(moodle("Read again."), anyOther.feedback());
    assertTrue(anyOther.accepts(-1e12) && anyOther.accepts(1e300));
  }

  @Test
  void numericAnswersOfTheBriefAreUnderstood() {
    assertEquals(
        new AnswerKey.NumericAnswers(
            List.of(new NumericAnswer(2, 0, 1, null), new NumericAnswer(3, 1, 0.5, null))),
        only("Q {#=%100%2:0 =%50%3:1}").key());
    assertEquals(
        new AnswerKey.NumericAnswers(List.of(new NumericAnswer(2, 0.5, 1, null))),
        only("Q {#2:0.5}").key());
    assertEquals(
        new AnswerKey.NumericAnswers(List.of(new NumericAnswer(-1.5e-3, 0, 1, null))),
        only("Q {#-1.5e-3}").key());
  }

  @Test
  void matchingPairsGetIdsAndAnEmptyLeftSideIsADistractor() {
    QuestionContent question =
        only(
            "Match.{\n =Canada -> Ottawa\n =Italy  -> Rome\n = -> Paris\n =Japan->Tokyo\n"
                + " ####Capitals matter.\n}");

    assertEquals(
        new AnswerKey.Matching(
            List.of(
                new MatchPair("1", moodle("Canada"), "Ottawa"),
                new MatchPair("2", moodle("Italy"), "Rome"),
                new MatchPair("3", moodle("Japan"), "Tokyo")),
            List.of("Paris"),
            true),
        question.key());
    assertEquals(moodle("Capitals matter."), question.generalFeedback());
  }

  @Test
  void emptyBracesAreAnEssayAndFourHashesGeneralFeedback() {
    assertEquals(new AnswerKey.Essay(null), only("Write about Dag Hammarskjöld. {}").key());
    QuestionContent howAreYou = only("How are you? {\n####We hope you're feeling well.\n}");
    assertEquals(QuestionType.ESSAY, howAreYou.type());
    assertEquals(moodle("We hope you're feeling well."), howAreYou.generalFeedback());
  }

  @Test
  void formatsApplyToTheQuestionAndAreInheritedByItsAnswersUnlessTheyNameTheirOwn() {
    QuestionContent question =
        only("[html]<p>Pick</p>{=<b>yes</b>#[plain]<ok> ~[markdown]*no*####[moodle]done}");

    assertEquals(new FormattedText("<p>Pick</p>", TextFormat.HTML), question.text());
    AnswerKey.Choices key = (AnswerKey.Choices) question.key();
    assertEquals(new FormattedText("<b>yes</b>", TextFormat.HTML), key.options().get(0).text());
    assertEquals(new FormattedText("<ok>", TextFormat.PLAIN), key.options().get(0).feedback());
    assertEquals(new FormattedText("*no*", TextFormat.MARKDOWN), key.options().get(1).text());
    assertEquals(moodle("done"), question.generalFeedback());
  }

  @Test
  void escapedCharactersAreTextAndBackslashNIsALineBreak() {
    QuestionContent question =
        only(
            "::a\\:b::Cost \\{in \\~\\#\\=\\}\\nsecond line, C:\\\\x \\( kept {=\\=5\\:00 #a\\#b ~6}");

    assertEquals("a:b", question.name());
    assertEquals(moodle("Cost {in ~#=}\nsecond line, C:\\x \\( kept"), question.text());
    Choice first = ((AnswerKey.Choices) question.key()).options().get(0);
    assertEquals(moodle("=5:00"), first.text());
    assertEquals(moodle("a#b"), first.feedback());
  }

  @Test
  void commentLinesAreSkippedEvenInsideAQuestion() {
    ImportResult result =
        reader.read(
            "// header\n\n// about Q1\n::Q1::Pick\n// a note\n{=a ~b}\n\n// trailer only\n");

    assertEquals(List.of(), result.errors());
    assertEquals(4, result.questions().get(0).line());
    assertEquals(moodle("Pick"), result.questions().get(0).content().text());
  }

  @Test
  void categoriesApplyToTheQuestionsThatFollowAndDoubleSlashIsASlashInAName() {
    ImportResult result =
        reader.read(
            "$CATEGORY: $course$/top/Broadband//Fibre/Faults\n\nQ1 {T}\n\n"
                + "$CATEGORY: Billing\nQ2 {F}\n\nQ3 {T}\n");

    assertEquals(List.of(), result.errors());
    assertEquals(
        List.of(
            List.of("$course$", "top", "Broadband/Fibre", "Faults"),
            List.of("Billing"),
            List.of("Billing")),
        result.questions().stream().map(ImportedQuestion::category).toList());
    assertEquals(
        List.of(3, 6, 8), result.questions().stream().map(ImportedQuestion::line).toList());
  }

  @Test
  void questionsBeforeAnyCategoryHaveNone() {
    assertEquals(List.of(), reader.read("Q {T}").questions().get(0).category());
  }

  @Test
  void chineseQuestionsAndWindowsLineEndingsImport() {
    ImportResult result =
        reader.read(
            "::宽带::光猫 LOS 灯亮红色表示什么？{\r\n=光信号中断#对。\r\n~设备正常\r\n}\r\n\r\n"
                + "::话术::客户投诉时应先道歉。{T#不对。#对！}\r\n");

    assertEquals(List.of(), result.errors());
    QuestionContent first = result.questions().get(0).content();
    assertEquals("宽带", first.name());
    assertEquals(moodle("光猫 LOS 灯亮红色表示什么？"), first.text());
    assertEquals(moodle("对。"), ((AnswerKey.Choices) first.key()).options().get(0).feedback());
    assertEquals(6, result.questions().get(1).line());
  }

  @Test
  void aFileExportedByMoodleImportsWithItsEmptyFeedbackMarkersAndCatchAllAnswer() {
    ImportResult result = reader.read(fixture("moodle-export.gift"));

    assertEquals(List.of(), result.errors());
    assertEquals(
        List.of(7, 15, 22), result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals(
        List.of("$course$", "top", "Default for Support"), result.questions().get(0).category());
    AnswerKey.NumericAnswers numeric =
        (AnswerKey.NumericAnswers) result.questions().get(0).content().key();
    FormattedText right = new FormattedText("<p>Right.</p>", TextFormat.HTML);
    assertEquals(new NumericAnswer(10, 2, 1, right), numeric.answers().get(0));
    assertEquals(new NumericAnswer(30, 0, 0.5, null), numeric.answers().get(1));
    assertEquals(3, numeric.answers().size());
    assertEquals(
        new AnswerKey.ShortAnswers(
            List.of(
                new AcceptedAnswer("你好", 1, null),
                new AcceptedAnswer(
                    "您好", 0.5, new FormattedText("Formal, fine.", TextFormat.HTML)))),
        result.questions().get(1).content().key());
    assertEquals(QuestionType.MULTIPLE_CHOICE, result.questions().get(2).content().type());
  }
}
