package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.MatchPair;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes questions in Moodle's GIFT format, laid out as Moodle exports them, so that {@link
 * GiftReader} (and Moodle) read back the same questions: a {@code $CATEGORY:} line wherever the
 * category changes, {@code ::name::}, a {@code [format]} wherever a text's format differs from the
 * question's, special characters escaped, weights as {@code %n%}, numbers as {@code
 * value:tolerance}.
 *
 * <p>GIFT cannot hold everything a question may have. Not written: a mark other than 1, a
 * question's choice not to shuffle, an essay's grader information. <b>Ordering questions</b> have
 * no GIFT form at all: each is written as a comment line saying so, which readers skip, so the file
 * stays valid and whoever opens it sees what is missing.
 */
public final class GiftWriter {

  /** Writes {@code questions} in their order. */
  public String write(List<CategorizedQuestion> questions) {
    StringBuilder out = new StringBuilder();
    List<String> category = List.of();
    for (CategorizedQuestion question : questions) {
      if (!question.category().equals(category)) {
        category = question.category();
        out.append("$CATEGORY: ").append(categoryPath(category)).append("\n\n");
      }
      out.append(question(question.content())).append('\n');
    }
    return out.toString();
  }

  /** One question (or, for an ordering question, the comment that stands for it). */
  String question(QuestionContent question) {
    if (question.key() instanceof AnswerKey.Ordering) {
      return "// Ordering question '"
          + question.name().replaceAll("\\s+", " ")
          + "' is not exported: GIFT has no ordering questions.\n";
    }
    TextFormat format = question.text().format();
    StringBuilder out = new StringBuilder();
    if (!question.name().isEmpty() || question.text().text().startsWith("//")) {
      out.append("::").append(escape(question.name())).append("::");
    }
    out.append(text(question.text(), TextFormat.MOODLE)).append('{');
    String answers = answers(question.key(), format);
    out.append(answers);
    if (!question.generalFeedback().isEmpty()) {
      boolean onLines = answers.endsWith("\n");
      out.append(onLines ? "\t####" : "####").append(text(question.generalFeedback(), format));
      out.append(onLines ? "\n" : "");
    }
    return out.append("}\n").toString();
  }

  private String answers(AnswerKey key, TextFormat format) {
    StringBuilder out = new StringBuilder();
    if (key instanceof AnswerKey.Choices choices) {
      out.append('\n');
      for (Choice option : choices.options()) {
        out.append('\t').append(choiceMark(option.fraction(), choices.multiple()));
        out.append(text(option.text(), format)).append(feedback(option.feedback(), format));
        out.append('\n');
      }
    } else if (key instanceof AnswerKey.TrueFalse trueFalse) {
      boolean answer = trueFalse.answer();
      FormattedText right = answer ? trueFalse.feedbackIfTrue() : trueFalse.feedbackIfFalse();
      FormattedText wrong = answer ? trueFalse.feedbackIfFalse() : trueFalse.feedbackIfTrue();
      out.append(answer ? "TRUE" : "FALSE");
      if (!wrong.isEmpty() || !right.isEmpty()) {
        out.append('#').append(text(wrong, format));
      }
      out.append(right.isEmpty() ? "" : "#" + text(right, format));
    } else if (key instanceof AnswerKey.ShortAnswers shortAnswers) {
      out.append('\n');
      for (AcceptedAnswer answer : shortAnswers.answers()) {
        out.append("\t=").append(weight(answer.fraction()));
        out.append(misreadAtStart(answer.pattern()) ? "[moodle]" : "")
            .append(escape(answer.pattern()));
        out.append(feedback(answer.feedback(), format)).append('\n');
      }
    } else if (key instanceof AnswerKey.NumericAnswers numeric) {
      out.append("#\n");
      List<NumericAnswer> answers = numeric.answers();
      for (int i = 0; i < answers.size(); i++) {
        NumericAnswer answer = answers.get(i);
        boolean last = i == answers.size() - 1;
        if (last && GiftNumbers.isAnyNumber(answer) && answer.fraction() == 0) {
          out.append("\t~").append(feedback(answer.feedback(), format)).append('\n');
        } else {
          out.append("\t=").append(weight(answer.fraction())).append(number(answer));
          out.append(feedback(answer.feedback(), format)).append('\n');
        }
      }
    } else if (key instanceof AnswerKey.Matching matching) {
      out.append('\n');
      for (MatchPair pair : matching.pairs()) {
        out.append("\t=").append(text(pair.item(), format));
        out.append(" -> ").append(escape(pair.right())).append('\n');
      }
      for (String distractor : matching.distractors()) {
        out.append("\t= -> ").append(escape(distractor)).append('\n');
      }
    }
    // An essay has no answers in GIFT, nor a place for its grader information.
    return out.toString();
  }

  private static String choiceMark(double fraction, boolean multiple) {
    if (fraction == 1 && !multiple) {
      return "=";
    }
    return fraction == 0 ? "~" : "~%" + GiftNumbers.percent(fraction) + "%";
  }

  private static String weight(double fraction) {
    return fraction == 1 ? "" : "%" + GiftNumbers.percent(fraction) + "%";
  }

  private static String number(NumericAnswer answer) {
    if (GiftNumbers.isAnyNumber(answer)) {
      return "*";
    }
    String value = GiftNumbers.format(answer.value());
    return answer.tolerance() == 0 ? value : value + ":" + GiftNumbers.format(answer.tolerance());
  }

  private static String feedback(FormattedText feedback, TextFormat format) {
    return feedback.isEmpty() ? "" : "#" + text(feedback, format);
  }

  /** A text, preceded by its format where it differs from {@code format} or could be misread. */
  private static String text(FormattedText text, TextFormat format) {
    if (text.isEmpty()) {
      return "";
    }
    boolean named = text.format() != format || misreadAtStart(text.text());
    return (named ? "[" + text.format().name().toLowerCase(Locale.ROOT) + "]" : "")
        + escape(text.text());
  }

  /** Whether a text's start would be read as a {@code [format]} or a {@code %weight%}. */
  private static boolean misreadAtStart(String text) {
    return text.startsWith("[") || text.startsWith("%");
  }

  /** {@code text} with GIFT's special characters escaped and its line breaks as {@code \n}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> {
          // Line breaks are written as \n alone.
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String categoryPath(List<String> category) {
    return String.join("/", category.stream().map(name -> name.replace("/", "//")).toList());
  }
}
