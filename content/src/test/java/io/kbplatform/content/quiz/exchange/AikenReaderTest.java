package io.kbplatform.content.quiz.exchange;

import static io.kbplatform.content.quiz.exchange.GiftFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class AikenReaderTest {

  private final AikenReader reader = new AikenReader();

  @Test
  void aMixedFileImportsItsGoodQuestionsAndReportsEachBadOneWithItsLine() {
    ImportResult result = reader.read(fixture("aiken-mixed.txt"));

    assertEquals(
        List.of(1, 8, 13, 32), result.questions().stream().map(ImportedQuestion::line).toList());
    assertEquals(List.of(22, 24, 28), result.errors().stream().map(ImportError::line).toList());
    assertTrue(result.errors().get(0).message().contains("ANSWER C names no option"));
    assertTrue(result.errors().get(1).message().contains("at least two options"));
    assertTrue(result.errors().get(2).message().contains("no 'ANSWER: X' line"));
  }

  @Test
  void optionsAreSingleChoiceWithIdsInOrderAndOnlyTheAnswerRight() {
    QuestionContent question = reader.read(fixture("aiken-mixed.txt")).questions().get(0).content();

    assertEquals(FormattedText.of("What is the correct answer to this question?"), question.text());
    assertEquals("What is the correct answer to this question?", question.name());
    assertEquals(
        new AnswerKey.Choices(
            List.of(
                new Choice("1", FormattedText.of("Is it this one?"), 0, null),
                new Choice("2", FormattedText.of("Maybe this answer?"), 0, null),
                new Choice("3", FormattedText.of("Possibly this one?"), 0, null),
                new Choice("4", FormattedText.of("Must be this one!"), 1, null)),
            false,
            true),
        question.key());
  }

  @Test
  void fullWidthDotAndColonFromAChineseInputMethodAreAccepted() {
    QuestionContent question =
        reader
            .read("光猫 LOS 灯红色闪烁表示什么？\nA．光信号中断\nB）设备正常\nC．正在升级\nANSWER：Ａ\n")
            .questions()
            .get(0)
            .content();

    AnswerKey.Choices key = (AnswerKey.Choices) question.key();
    assertEquals(FormattedText.of("光信号中断"), key.options().get(0).text());
    assertEquals(FormattedText.of("设备正常"), key.options().get(1).text());
    assertEquals(List.of(1.0, 0.0, 0.0), key.options().stream().map(Choice::fraction).toList());
  }

  @Test
  void aQuestionMayRunOverSeveralLinesBeforeItsOptions() {
    QuestionContent question =
        reader
            .read(
                "A caller says:\n\"My internet is down.\"\nWhat first?\nA. Apologise\nB. Hang up\nANSWER: A")
            .questions()
            .get(0)
            .content();

    assertEquals(
        FormattedText.of("A caller says:\n\"My internet is down.\"\nWhat first?"), question.text());
  }

  @Test
  void aLetterFollowedByADotInTheQuestionIsNotAnOption() {
    ImportResult result = reader.read("J.R.R. Tolkien wrote?\nA. The Hobbit\nB. Dune\nANSWER: A");

    assertEquals(List.of(), result.errors());
    assertEquals(
        FormattedText.of("J.R.R. Tolkien wrote?"), result.questions().get(0).content().text());
  }

  @Test
  void anAnswerLineMustNameALetter() {
    ImportResult result = reader.read("Q?\nA. a\nB. b\nANSWER: maybe\n");

    assertEquals(
        List.of(new ImportError(4, "ANSWER must name one option by its letter, as 'ANSWER: B'")),
        result.errors());
  }

  @Test
  void optionsOrAnAnswerWithoutAQuestionAreReported() {
    ImportResult result =
        reader.read("A. orphan\nB. orphan\nANSWER: A\n\nANSWER: B\n\nQ?\nA. a\nB. b\nANSWER: B");

    assertEquals(List.of(1, 5), result.errors().stream().map(ImportError::line).toList());
    assertEquals(List.of(7), result.questions().stream().map(ImportedQuestion::line).toList());
  }

  @Test
  void aRepeatedLetterIsReportedAtItsLine() {
    ImportResult result = reader.read("Q?\nA. a\nA. b\nANSWER: A");

    assertEquals(List.of(new ImportError(3, "option A appears twice")), result.errors());
  }
}
