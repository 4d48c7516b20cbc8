package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.OrderItem;
import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.Arrays;
import java.util.List;

/** Questions for the grading tests, each built from the few facts a test cares about. */
final class Questions {

  static final FormattedText GENERAL = FormattedText.of("See article KB-12: refunds.");

  private Questions() {}

  static QuestionContent question(AnswerKey key) {
    return new QuestionContent("q", FormattedText.of("Question?"), GENERAL, 1, key);
  }

  static Choice option(String id, double fraction) {
    return new Choice(id, FormattedText.of("Option " + id), fraction, feedback("chose " + id));
  }

  static QuestionContent singleChoice(Choice... options) {
    return question(new AnswerKey.Choices(List.of(options), false, true));
  }

  static QuestionContent multipleChoice(Choice... options) {
    return question(new AnswerKey.Choices(List.of(options), true, true));
  }

  static AcceptedAnswer accepted(String pattern, double fraction) {
    return new AcceptedAnswer(pattern, fraction, feedback("matched " + pattern));
  }

  static QuestionContent shortAnswer(AcceptedAnswer... answers) {
    return question(new AnswerKey.ShortAnswers(List.of(answers)));
  }

  static NumericAnswer number(double value, double tolerance, double fraction) {
    return new NumericAnswer(value, tolerance, fraction, feedback("within " + value));
  }

  static QuestionContent numeric(NumericAnswer... answers) {
    return question(new AnswerKey.NumericAnswers(List.of(answers)));
  }

  static MatchPair pair(String id, String item, String right) {
    return new MatchPair(id, FormattedText.of(item), right);
  }

  static QuestionContent matching(List<MatchPair> pairs, String... distractors) {
    return question(new AnswerKey.Matching(pairs, List.of(distractors), true));
  }

  /** Items in their correct order, each with its id as text. */
  static QuestionContent ordering(String... ids) {
    return question(
        new AnswerKey.Ordering(
            Arrays.stream(ids).map(id -> new OrderItem(id, FormattedText.of(id))).toList()));
  }

  static QuestionContent essay() {
    return question(new AnswerKey.Essay(FormattedText.of("Mentions the 7-day window.")));
  }

  static FormattedText feedback(String text) {
    return FormattedText.of(text);
  }
}
