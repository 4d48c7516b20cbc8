package io.kbplatform.content.quiz.statistics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The marks of a quiz's finished attempts, one row per attempt and one column per question in quiz
 * order, held in primitive arrays so that statistics over tens of thousands of attempts take
 * milliseconds. An attempt's total is the sum of its marks. Built with {@link #builder(List)};
 * attempts are numbered from 0 in the order they were added.
 */
public final class AttemptMarks {

  private final List<QuestionSlot> questions;
  private final String[] userIds;
  private final int[] attemptNumbers;
  private final double[] marks;
  private final double[] sums;

  private AttemptMarks(
      List<QuestionSlot> questions,
      String[] userIds,
      int[] attemptNumbers,
      double[] marks,
      double[] sums) {
    this.questions = questions;
    this.userIds = userIds;
    this.attemptNumbers = attemptNumbers;
    this.marks = marks;
    this.sums = sums;
  }

  /** Starts the marks of a quiz with these questions, in quiz order. */
  public static Builder builder(List<QuestionSlot> questions) {
    return new Builder(questions);
  }

  public List<QuestionSlot> questions() {
    return questions;
  }

  public int questionCount() {
    return questions.size();
  }

  public int attemptCount() {
    return sums.length;
  }

  /** The mark of an attempt (as added) at a question (in quiz order); 0 where none was given. */
  public double mark(int attempt, int question) {
    return marks[attempt * questions.size() + question];
  }

  /** An attempt's total mark: the sum of its marks. */
  public double sum(int attempt) {
    return sums[attempt];
  }

  public String userId(int attempt) {
    return userIds[attempt];
  }

  public int attemptNumber(int attempt) {
    return attemptNumbers[attempt];
  }

  /** The most an attempt can score: the sum of the questions' max marks. */
  public double maxGrade() {
    double total = 0;
    for (QuestionSlot question : questions) {
      total += question.maxMark();
    }
    return total;
  }

  /**
   * The attempts the statistics count, in the order they were added: all of them, or one per
   * learner chosen as {@code which} says; a new array each time.
   */
  public int[] attemptsCounted(AttemptsCounted which) {
    int n = attemptCount();
    if (which == AttemptsCounted.ALL) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    Map<String, Integer> chosen = new HashMap<>(n * 2);
    for (int attempt = 0; attempt < n; attempt++) {
      Integer current = chosen.putIfAbsent(userIds[attempt], attempt);
      if (current != null
          && which.prefers(
              attemptNumbers[attempt], sums[attempt], attemptNumbers[current], sums[current])) {
        chosen.put(userIds[attempt], attempt);
      }
    }
    int[] counted = chosen.values().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(counted);
    return counted;
  }

  /** Collects attempts row by row; not thread-safe. */
  public static final class Builder {

    private final List<QuestionSlot> questions;
    private final Set<String> seenAttempts = new HashSet<>();
    private String[] userIds = new String[64];
    private int[] attemptNumbers = new int[64];
    private double[] marks;
    private double[] sums = new double[64];
    private int count;

    private Builder(List<QuestionSlot> questions) {
      this.questions = List.copyOf(questions);
      this.marks = new double[64 * this.questions.size()];
    }

    /**
     * Adds a finished attempt.
     *
     * @param userId the learner who made it
     * @param attemptNumber the learner's attempt number (1 for the first)
     * @param questionMarks one mark per question in quiz order; {@code Double.NaN} for a question
     *     unanswered or not yet graded, which counts as 0
     * @throws IllegalArgumentException if the marks do not match the questions, a mark is infinite,
     *     or the learner's attempt with that number was already added
     */
    public Builder attempt(String userId, int attemptNumber, double... questionMarks) {
      Objects.requireNonNull(userId, "userId");
      int k = questions.size();
      if (questionMarks.length != k) {
        throw new IllegalArgumentException(
            "expected " + k + " marks, one per question, got " + questionMarks.length);
      }
      if (!seenAttempts.add(userId + '\u0000' + attemptNumber)) {
        throw new IllegalArgumentException(
            "attempt " + attemptNumber + " of " + userId + " was already added");
      }
      grow();
      double sum = 0;
      int offset = count * k;
      for (int q = 0; q < k; q++) {
        double mark = questionMarks[q];
        if (Double.isInfinite(mark)) {
          throw new IllegalArgumentException("mark " + mark + " at question " + q);
        }
        mark = Double.isNaN(mark) ? 0 : mark;
        marks[offset + q] = mark;
        sum += mark;
      }
      userIds[count] = userId;
      attemptNumbers[count] = attemptNumber;
      sums[count] = sum;
      count++;
      return this;
    }

    public AttemptMarks build() {
      return new AttemptMarks(
          questions,
          Arrays.copyOf(userIds, count),
          Arrays.copyOf(attemptNumbers, count),
          Arrays.copyOf(marks, count * questions.size()),
          Arrays.copyOf(sums, count));
    }

    private void grow() {
      if (count < sums.length) {
        return;
      }
      int capacity = sums.length * 2;
      userIds = Arrays.copyOf(userIds, capacity);
      attemptNumbers = Arrays.copyOf(attemptNumbers, capacity);
      sums = Arrays.copyOf(sums, capacity);
      marks = Arrays.copyOf(marks, capacity * questions.size());
    }
  }
}
