package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what is between a GIFT question's braces into its answer key, deciding the type as Moodle's
 * importer does: nothing is an essay, a leading {@code #} numeric, a {@code ~} choices, {@code =}
 * with {@code ->} matching, {@code T}/{@code TRUE}/{@code F}/{@code FALSE} true/false, anything
 * else short answer.
 */
final class GiftAnswerParser {

  /** Positive weights of a multiple-answer question may miss 100% by this much (33.33% × 3). */
  private static final double WEIGHT_SUM_SLACK = 0.001;

  private final GiftSource source;
  private final TextFormat format;

  GiftAnswerParser(GiftSource source, TextFormat questionFormat) {
    this.source = source;
    this.format = questionFormat;
  }

  /** The key of the answers between {@code open} (the brace) and {@code end}. */
  AnswerKey parse(int open, int end) {
    int from = source.skipSpace(open + 1, end);
    int to = source.trimEnd(from, end);
    if (from == to) {
      return new AnswerKey.Essay(FormattedText.EMPTY);
    }
    if (source.isMark(from, '#')) {
      return numeric(from + 1, to);
    }
    if (source.indexOf('~', from, to) >= 0) {
      return choices(from, to);
    }
    if (source.indexOf('=', from, to) >= 0 && source.indexOf("->", from, to) >= 0) {
      return matching(open, from, to);
    }
    int hash = source.indexOf('#', from, to);
    int word = hash < 0 ? to : hash;
    for (String answer : List.of("T", "TRUE", "F", "FALSE")) {
      if (source.textEquals(from, word, answer)) {
        return trueFalse(answer.startsWith("T"), hash, to);
      }
    }
    return shortAnswers(from, to);
  }

  private AnswerKey choices(int from, int to) {
    List<int[]> answers = answersStartingWith("~=", from, to);
    checkCount(answers, 2, from, "a choice question needs at least two options");
    boolean single = source.indexOf('=', from, to) >= 0;
    List<Choice> options = new ArrayList<>();
    double positive = 0;
    for (int[] answer : answers) {
      int start = answer[0] + 1;
      double fraction = source.isMark(answer[0], '=') ? 1 : 0;
      Weight weight = weight(start, answer[1]);
      if (weight != null && fraction == 1) {
        throw source.error(
            answer[0],
            "'=' marks the right option; write ~%50% for an option worth part of the mark");
      }
      if (weight != null) {
        fraction = weight.fraction();
        start = weight.end();
      }
      FormattedText[] textAndFeedback = textAndFeedback(start, answer[1]);
      if (textAndFeedback[0].isEmpty()) {
        throw source.error(answer[0], "option " + (options.size() + 1) + " has no text");
      }
      positive += Math.max(0, fraction);
      options.add(
          new Choice(
              String.valueOf(options.size() + 1),
              textAndFeedback[0],
              fraction,
              textAndFeedback[1]));
    }
    if (!single && Math.abs(positive - 1) > WEIGHT_SUM_SLACK) {
      throw source.error(
          from,
          positive == 0
              ? "no option is right: mark the right one with '=' or give weights such as ~%50%"
              : "the positive weights add up to "
                  + GiftNumbers.percent(positive)
                  + "%, not 100%: a learner could not earn the whole mark");
    }
    return new AnswerKey.Choices(options, !single, true);
  }

  private AnswerKey matching(int open, int from, int to) {
    List<int[]> answers = answersStartingWith("=", from, to);
    List<MatchPair> pairs = new ArrayList<>();
    List<String> distractors = new ArrayList<>();
    for (int[] answer : answers) {
      int arrow = source.indexOf("->", answer[0] + 1, answer[1]);
      if (arrow < 0) {
        throw source.error(answer[0], "every answer of a matching question is '=item -> choice'");
      }
      String right = source.text(arrow + 2, answer[1]);
      if (right.isEmpty()) {
        throw source.error(answer[0], "a matching pair has no choice after '->'");
      }
      FormattedText item = source.formatted(answer[0] + 1, arrow, format);
      if (item.isEmpty()) {
        distractors.add(right);
      } else {
        pairs.add(new MatchPair(String.valueOf(pairs.size() + 1), item, right));
      }
    }
    if (pairs.size() < 2) {
      throw source.error(open, "a matching question needs at least two pairs '=item -> choice'");
    }
    return new AnswerKey.Matching(pairs, distractors, true);
  }

  private AnswerKey trueFalse(boolean answer, int hash, int to) {
    FormattedText wrong = FormattedText.EMPTY;
    FormattedText right = FormattedText.EMPTY;
    if (hash >= 0) {
      int second = source.indexOf('#', hash + 1, to);
      wrong = source.formatted(hash + 1, second < 0 ? to : second, format);
      right = second < 0 ? FormattedText.EMPTY : source.formatted(second + 1, to, format);
    }
    return answer
        ? new AnswerKey.TrueFalse(true, right, wrong)
        : new AnswerKey.TrueFalse(false, wrong, right);
  }

  private AnswerKey shortAnswers(int from, int to) {
    List<int[]> pieces = source.split('=', from, to);
    if (source.isBlank(pieces.get(0)[0], pieces.get(0)[1])) {
      pieces.remove(0);
    }
    checkCount(pieces, 1, from, "a short-answer question needs an accepted answer");
    List<AcceptedAnswer> answers = new ArrayList<>();
    for (int[] piece : pieces) {
      Weight weight = nonNegativeWeight(piece[0], piece[1]);
      FormattedText[] textAndFeedback =
          textAndFeedback(weight == null ? piece[0] : weight.end(), piece[1]);
      if (textAndFeedback[0].isEmpty()) {
        throw source.error(piece[0], "an accepted answer is empty");
      }
      answers.add(
          new AcceptedAnswer(
              textAndFeedback[0].text(),
              weight == null ? 1 : weight.fraction(),
              textAndFeedback[1]));
    }
    return new AnswerKey.ShortAnswers(answers);
  }

  private AnswerKey numeric(int from, int to) {
    int tilde = source.indexOf('~', from, to);
    int end = tilde < 0 ? to : tilde;
    List<int[]> pieces = source.split('=', from, end);
    if (source.isBlank(pieces.get(0)[0], pieces.get(0)[1])) {
      pieces.remove(0);
    }
    checkCount(
        pieces, 1, from, "a numeric question needs an accepted number, as {#42} or {#41..43}");
    List<NumericAnswer> answers = new ArrayList<>();
    for (int[] piece : pieces) {
      Weight weight = nonNegativeWeight(piece[0], piece[1]);
      double fraction = weight == null ? 1 : weight.fraction();
      FormattedText[] textAndFeedback =
          textAndFeedback(weight == null ? piece[0] : weight.end(), piece[1]);
      String number = textAndFeedback[0].text();
      try {
        answers.add(GiftNumbers.numericAnswer(number, fraction, textAndFeedback[1]));
      } catch (NumberFormatException e) {
        throw source.error(piece[0], e.getMessage());
      }
    }
    if (tilde >= 0) {
      answers.add(GiftNumbers.anyNumber(textAndFeedback(tilde + 1, to)[1]));
    }
    return new AnswerKey.NumericAnswers(answers);
  }

  /** The answers in {@code [from, to)}, each starting at one of the unescaped {@code marks}. */
  private List<int[]> answersStartingWith(String marks, int from, int to) {
    List<int[]> answers = new ArrayList<>();
    int start = -1;
    for (int i = from; i < to; i++) {
      if (source.isMark(i, marks.charAt(0))
          || (marks.length() > 1 && source.isMark(i, marks.charAt(1)))) {
        if (start < 0 && !source.isBlank(from, i)) {
          throw source.error(
              from, "each answer starts with " + String.join(" or ", marks.split("")));
        }
        if (start >= 0) {
          answers.add(new int[] {start, i});
        }
        start = i;
      }
    }
    answers.add(new int[] {start, to});
    return answers;
  }

  private void checkCount(List<int[]> answers, int min, int at, String message) {
    if (answers.size() < min) {
      throw source.error(at, message);
    }
    if (answers.size() > ImportLimits.MAX_ANSWERS_PER_QUESTION) {
      throw source.error(
          at, "a question may have at most " + ImportLimits.MAX_ANSWERS_PER_QUESTION + " answers");
    }
  }

  /** The text before the first unescaped {@code #} and the feedback after it. */
  private FormattedText[] textAndFeedback(int from, int to) {
    int hash = source.indexOf('#', from, to);
    if (hash < 0) {
      return new FormattedText[] {source.formatted(from, to, format), FormattedText.EMPTY};
    }
    return new FormattedText[] {
      source.formatted(from, hash, format), source.formatted(hash + 1, to, format)
    };
  }

  private Weight nonNegativeWeight(int from, int to) {
    Weight weight = weight(from, to);
    if (weight != null && weight.fraction() < 0) {
      throw source.error(from, "only options of a choice question may have a negative weight");
    }
    return weight;
  }

  /** A {@code %n%} weight at the start of {@code [from, to)}, or null if there is none. */
  private Weight weight(int from, int to) {
    int start = source.skipSpace(from, to);
    if (!source.isMark(start, '%')) {
      return null;
    }
    int close = source.indexOf('%', start + 1, to);
    if (close < 0) {
      return null;
    }
    String percent = source.text(start + 1, close);
    if (!GiftNumbers.isPercent(percent)) {
      return null;
    }
    double fraction = GiftNumbers.fraction(percent);
    if (fraction < -1 || fraction > 1) {
      throw source.error(start, "a weight is from -100% to 100%, not " + percent + "%");
    }
    return new Weight(fraction, close + 1);
  }

  private record Weight(double fraction, int end) {}
}
