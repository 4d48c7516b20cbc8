package io.kbplatform.content.quiz.question;

/**
 * An accepted answer of a numeric question: any number from {@code value - tolerance} to {@code
 * value + tolerance} (a range {@code min..max} is stored as its middle and half its width).
 *
 * @param fraction the share of the mark it earns, from 0 to 1
 * @param feedback said to a learner whose answer matched it
 */
public record NumericAnswer(
    double value, double tolerance, double fraction, FormattedText feedback) {
  public NumericAnswer {
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new IllegalArgumentException("a tolerance cannot be negative: " + tolerance);
    }
    feedback = feedback == null ? FormattedText.EMPTY : feedback;
  }

  /** The range {@code min..max}. */
  public static NumericAnswer range(
      double min, double max, double fraction, FormattedText feedback) {
    return new NumericAnswer((min + max) / 2, Math.abs(max - min) / 2, fraction, feedback);
  }

  public boolean accepts(double number) {
    return Math.abs(number - value) <= tolerance;
  }
}
