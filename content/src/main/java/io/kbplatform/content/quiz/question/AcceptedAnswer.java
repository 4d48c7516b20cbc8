package io.kbplatform.content.quiz.question;

/**
 * An accepted answer of a short-answer question.
 *
 * @param pattern the answer; {@code *} matches any characters (write {@code \*} for a star)
 * @param fraction the share of the mark it earns, from 0 to 1
 * @param feedback said to a learner whose answer matched it
 */
public record AcceptedAnswer(String pattern, double fraction, FormattedText feedback) {
  public AcceptedAnswer {
    feedback = feedback == null ? FormattedText.EMPTY : feedback;
  }
}
