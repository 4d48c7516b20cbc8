/**
 * Quiz statistics as Moodle's statistics report computes them
 * (docs.moodle.org/dev/Quiz_statistics_calculations): from the marks of a quiz's attempts ({@link
 * io.kbplatform.content.quiz.statistics.AttemptMarks}), the quiz's score distribution and
 * reliability and each question's facility, discrimination and effective weight ({@link
 * io.kbplatform.content.quiz.statistics.QuizStatisticsCalculator}), and how often each response was
 * given ({@link io.kbplatform.content.quiz.statistics.ResponseAnalysis}). Computed on request from
 * primitive arrays in one pass per question, nothing cached or stored.
 */
package io.kbplatform.content.quiz.statistics;
