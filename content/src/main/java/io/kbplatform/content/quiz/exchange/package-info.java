/**
 * Moving quiz questions in and out as text: Moodle's GIFT format (read and written, round trip
 * safe) and its Aiken format (read), with bounds that keep a hostile file from exhausting the
 * server. Pure values and parsers: storing what was read is the question bank's business.
 */
package io.kbplatform.content.quiz.exchange;
