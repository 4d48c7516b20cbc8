package io.kbplatform.content.quiz.question;

/**
 * An option of a choice question.
 *
 * @param id identifies the option within its question version (what a response names)
 * @param fraction the share of the mark choosing it earns, from -1 to 1
 * @param feedback said to a learner who chose it
 */
public record Choice(String id, FormattedText text, double fraction, FormattedText feedback) {
  public Choice {
    feedback = feedback == null ? FormattedText.EMPTY : feedback;
  }
}
