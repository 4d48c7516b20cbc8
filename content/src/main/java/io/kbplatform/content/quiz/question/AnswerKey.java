package io.kbplatform.content.quiz.question;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * How a question is answered and how each answer scores. A fraction is the share of the question's
 * mark an answer earns: 1 is right, 0 wrong, between them partial credit; a multiple-choice option
 * may have a negative fraction (a penalty for choosing it).
 */
public sealed interface AnswerKey {

  QuestionType type();

  /** Options of a choice question (one or several to choose). */
  record Choices(List<Choice> options, boolean multiple, boolean shuffle) implements AnswerKey {
    public Choices {
      options = List.copyOf(options);
    }

    @Override
    public QuestionType type() {
      return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
    }
  }

  /**
   * A true/false statement.
   *
   * @param feedbackIfTrue said to a learner who answered true (right or wrong)
   * @param feedbackIfFalse said to a learner who answered false
   */
  record TrueFalse(boolean answer, FormattedText feedbackIfTrue, FormattedText feedbackIfFalse)
      implements AnswerKey {
    public TrueFalse {
      feedbackIfTrue = feedbackIfTrue == null ? FormattedText.EMPTY : feedbackIfTrue;
      feedbackIfFalse = feedbackIfFalse == null ? FormattedText.EMPTY : feedbackIfFalse;
    }

    @Override
    public QuestionType type() {
      return QuestionType.TRUE_FALSE;
    }
  }

  /** Accepted typed answers, compared ignoring case, script and width; {@code *} is a wildcard. */
  record ShortAnswers(List<AcceptedAnswer> answers) implements AnswerKey {
    public ShortAnswers {
      answers = List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
      return QuestionType.SHORT_ANSWER;
    }
  }

  /** Accepted numbers, each a value with a tolerance; the first that matches counts. */
  record NumericAnswers(List<NumericAnswer> answers) implements AnswerKey {
    public NumericAnswers {
      answers = List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
      return QuestionType.NUMERIC;
    }
  }

  /**
   * Items to pair with choices: each pair's right-hand text is the correct choice for its item;
   * distractors are further choices that match no item. A choice may be right for several items.
   */
  record Matching(List<MatchPair> pairs, List<String> distractors, boolean shuffle)
      implements AnswerKey {
    public Matching {
      pairs = List.copyOf(pairs);
      distractors = List.copyOf(distractors);
    }

    /**
     * The distinct choices (right-hand texts, then distractors, in their order of appearance), with
     * ids {@code c1}, {@code c2}… that responses name.
     */
    public List<MatchChoice> choices() {
      List<String> texts =
          Stream.concat(pairs.stream().map(MatchPair::right), distractors.stream())
              .distinct()
              .toList();
      return IntStream.range(0, texts.size())
          .mapToObj(i -> new MatchChoice("c" + (i + 1), texts.get(i)))
          .toList();
    }

    @Override
    public QuestionType type() {
      return QuestionType.MATCHING;
    }
  }

  /** Items in their correct order; learners see them shuffled. */
  record Ordering(List<OrderItem> items) implements AnswerKey {
    public Ordering {
      items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
      return QuestionType.ORDERING;
    }
  }

  /**
   * A written answer, graded by hand.
   *
   * @param graderInformation what a trainer should look for (never shown to learners)
   */
  record Essay(FormattedText graderInformation) implements AnswerKey {
    public Essay {
      graderInformation = graderInformation == null ? FormattedText.EMPTY : graderInformation;
    }

    @Override
    public QuestionType type() {
      return QuestionType.ESSAY;
    }
  }
}
