package io.kbplatform.bench.learning;

import static io.kbplatform.bench.learning.StatisticsBenchMain.ATTEMPTS;
import static io.kbplatform.bench.learning.StatisticsBenchMain.QUESTIONS;

import io.kbplatform.content.quiz.statistics.AttemptMarks;
import io.kbplatform.content.quiz.statistics.QuestionSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Attempts at a quiz generated from a seed: learners' abilities from N(0, 1), questions answered by
 * the two-parameter logistic model with a guessing floor, rows of marks with their learners and
 * attempt numbers.
 */
record GeneratedAttempts(
    List<QuestionSlot> questions,
    String[] userIds,
    int[] attemptNumbers,
    double[][] rows,
    int learners) {

  AttemptMarks marks() {
    AttemptMarks.Builder builder = AttemptMarks.builder(questions);
    for (int i = 0; i < rows.length; i++) {
      builder.attempt(userIds[i], attemptNumbers[i], rows[i]);
    }
    return builder.build();
  }

  static GeneratedAttempts generate(Random random) {
    List<QuestionSlot> questions = new ArrayList<>();
    double[] difficulty = new double[QUESTIONS];
    double[] discrimination = new double[QUESTIONS];
    double[] guess = new double[QUESTIONS];
    for (int q = 0; q < QUESTIONS; q++) {
      difficulty[q] = -2.2 + 4.0 * random.nextDouble();
      discrimination[q] = q == 6 ? -0.8 : 0.6 + 1.4 * random.nextDouble();
      boolean twoMarks = q % 5 == 4;
      guess[q] = twoMarks ? 0 : q % 4 == 1 ? 0.5 : 0.25;
      questions.add(
          new QuestionSlot(
              String.format(Locale.ROOT, "q%02d", q + 1),
              twoMarks ? 2 : 1,
              twoMarks ? OptionalDouble.empty() : OptionalDouble.of(guess[q])));
    }
    String[] users = new String[ATTEMPTS];
    int[] numbers = new int[ATTEMPTS];
    double[][] rows = new double[ATTEMPTS][QUESTIONS];
    int attempt = 0;
    int learner = 0;
    while (attempt < ATTEMPTS) {
      double ability = random.nextGaussian();
      double r = random.nextDouble();
      int tries = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
      for (int t = 1; t <= tries && attempt < ATTEMPTS; t++, attempt++) {
        users[attempt] = "learner-" + learner;
        numbers[attempt] = t;
        double theta = ability + 0.3 * (t - 1);
        for (int q = 0; q < QUESTIONS; q++) {
          double p = 1 / (1 + Math.exp(-discrimination[q] * (theta - difficulty[q])));
          p = guess[q] + (1 - guess[q]) * p;
          double mark;
          if (random.nextDouble() < 0.02) {
            mark = Double.NaN;
          } else if (questions.get(q).maxMark() == 2) {
            mark = (random.nextDouble() < p ? 1 : 0) + (random.nextDouble() < p ? 1 : 0);
          } else {
            mark = random.nextDouble() < p ? 1 : 0;
          }
          rows[attempt][q] = mark;
        }
      }
      learner++;
    }
    return new GeneratedAttempts(List.copyOf(questions), users, numbers, rows, learner);
  }
}
