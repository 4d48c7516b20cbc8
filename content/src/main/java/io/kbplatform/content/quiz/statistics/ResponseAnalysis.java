package io.kbplatform.content.quiz.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts how often each response was given to each question of a quiz, as Moodle's response
 * analysis does: add the responses of the attempts counted (see {@link
 * AttemptMarks#attemptsCounted(AttemptsCounted)}), one key per question, then read {@link
 * #result()}. A key names a response as the question type sees it: a choice id, the sorted choice
 * ids of a multiple choice joined by commas, the text typed. Not thread-safe.
 */
public final class ResponseAnalysis {

  private final List<String> questionIds;
  private final List<Map<String, int[]>> counts;
  private final int[] noResponse;
  private int attempts;

  /** Starts counting for a quiz with these questions, in quiz order. */
  public ResponseAnalysis(List<String> questionIds) {
    this.questionIds = List.copyOf(questionIds);
    this.counts = new ArrayList<>(this.questionIds.size());
    for (int q = 0; q < this.questionIds.size(); q++) {
      counts.add(new HashMap<>());
    }
    this.noResponse = new int[this.questionIds.size()];
  }

  /**
   * Adds one attempt's responses, one per question in quiz order; {@code null} or blank where the
   * question was not answered.
   *
   * @throws IllegalArgumentException if there is not one response per question
   */
  public ResponseAnalysis attempt(String... responseKeys) {
    if (responseKeys.length != questionIds.size()) {
      throw new IllegalArgumentException(
          "expected " + questionIds.size() + " responses, got " + responseKeys.length);
    }
    for (int q = 0; q < responseKeys.length; q++) {
      String key = responseKeys[q];
      if (key == null || key.isBlank()) {
        noResponse[q]++;
      } else {
        counts.get(q).computeIfAbsent(key, k -> new int[1])[0]++;
      }
    }
    attempts++;
    return this;
  }

  /**
   * Each question's responses, in quiz order, the most frequent first (equal counts by key);
   * frequencies are percentages of the attempts added.
   */
  public List<QuestionResponses> result() {
    List<QuestionResponses> result = new ArrayList<>(questionIds.size());
    for (int q = 0; q < questionIds.size(); q++) {
      List<ResponseFrequency> responses = new ArrayList<>(counts.get(q).size());
      for (Map.Entry<String, int[]> entry : counts.get(q).entrySet()) {
        int count = entry.getValue()[0];
        responses.add(new ResponseFrequency(entry.getKey(), count, 100.0 * count / attempts));
      }
      responses.sort(
          Comparator.comparingInt(ResponseFrequency::count)
              .reversed()
              .thenComparing(ResponseFrequency::response));
      result.add(new QuestionResponses(questionIds.get(q), attempts, responses, noResponse[q]));
    }
    return result;
  }

  /**
   * The responses given to one question.
   *
   * @param attempts how many attempts were counted
   * @param responses each response given, the most frequent first
   * @param noResponseCount how many attempts left the question unanswered
   */
  public record QuestionResponses(
      String questionId, int attempts, List<ResponseFrequency> responses, int noResponseCount) {

    public QuestionResponses {
      Objects.requireNonNull(questionId, "questionId");
      responses = List.copyOf(responses);
    }

    /** The unanswered attempts as a percentage of the attempts; 0 without attempts. */
    public double noResponseFrequency() {
      return attempts == 0 ? 0 : 100.0 * noResponseCount / attempts;
    }
  }

  /**
   * How often one response was given.
   *
   * @param response the response's key
   * @param count how many attempts gave it
   * @param frequency that count as a percentage of the attempts
   */
  public record ResponseFrequency(String response, int count, double frequency) {

    public ResponseFrequency {
      Objects.requireNonNull(response, "response");
    }
  }
}
