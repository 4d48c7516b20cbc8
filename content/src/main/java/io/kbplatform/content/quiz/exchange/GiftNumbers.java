package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.NumericAnswer;
import java.math.BigDecimal;

/**
 * Numbers as GIFT writes them: weights in percent ({@code %33.333%}) and numeric answers ({@code
 * 2:0.5}, {@code 1..3}, {@code *}). Conversions go through decimals, so a number written and read
 * back is the very same {@code double}.
 */
final class GiftNumbers {

  /** The tolerance of Moodle's {@code *} numeric answer: any number at all matches it. */
  static final double ANY = Double.MAX_VALUE;

  private GiftNumbers() {}

  /** Whether {@code text} is a plain decimal such as {@code 50}, {@code -33.5}. */
  static boolean isPercent(String text) {
    int digits = 0;
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && dots == 0 && digits > 0) {
        dots++;
      } else if (!(c == '-' && i == 0)) {
        return false;
      }
    }
    return digits > 0 && digits <= 20 && !text.endsWith(".");
  }

  /** The fraction a percentage stands for ({@code "50"} → 0.5). */
  static double fraction(String percent) {
    return new BigDecimal(percent).movePointLeft(2).doubleValue();
  }

  /** The percentage a fraction stands for (0.5 → {@code "50"}). */
  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** A number as written in GIFT. */
  static String format(double number) {
    BigDecimal decimal = BigDecimal.valueOf(number).stripTrailingZeros();
    return Math.abs(decimal.scale()) < 20 ? decimal.toPlainString() : decimal.toString();
  }

  /** Moodle's {@code *} answer (GIFT's {@code ~} in a numeric question): every number. */
  static NumericAnswer anyNumber(double fraction, FormattedText feedback) {
    return new NumericAnswer(0, ANY, fraction, feedback);
  }

  static NumericAnswer anyNumber(FormattedText feedback) {
    return anyNumber(0, feedback);
  }

  static boolean isAnyNumber(NumericAnswer answer) {
    return answer.tolerance() == ANY;
  }

  /**
   * The answer {@code text} stands for: {@code value}, {@code value:tolerance}, {@code min..max} or
   * {@code *}.
   *
   * @throws NumberFormatException saying what is wrong
   */
  static NumericAnswer numericAnswer(String text, double fraction, FormattedText feedback) {
    if (text.equals("*")) {
      return anyNumber(fraction, feedback);
    }
    int range = text.indexOf("..");
    if (range > 0) {
      double min = number(text.substring(0, range));
      double max = number(text.substring(range + 2));
      if (min > max) {
        throw new NumberFormatException(
            "the range " + text + " ends below its start: write the smaller number first");
      }
      return NumericAnswer.range(min, max, fraction, feedback);
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      double tolerance = number(text.substring(colon + 1));
      if (tolerance < 0) {
        throw new NumberFormatException("the tolerance in " + text + " is negative");
      }
      return new NumericAnswer(number(text.substring(0, colon)), tolerance, fraction, feedback);
    }
    return new NumericAnswer(number(text), 0, fraction, feedback);
  }

  private static double number(String text) {
    String candidate = text.strip();
    boolean plausible = !candidate.isEmpty() && candidate.length() <= 400;
    for (int i = 0; plausible && i < candidate.length(); i++) {
      plausible = "0123456789+-.eE".indexOf(candidate.charAt(i)) >= 0;
    }
    if (plausible) {
      try {
        double number = Double.parseDouble(candidate);
        if (Double.isFinite(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // Reported below in the trainer's words.
      }
    }
    String shown = candidate.length() > 40 ? candidate.substring(0, 40) + "…" : candidate;
    throw new NumberFormatException(
        "'" + shown + "' is not a number (write 2.5, -3, 1e6: digits and a dot, no comma)");
  }
}
