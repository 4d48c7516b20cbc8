package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.exchange.GiftSource.GiftSyntaxException;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads questions written in Moodle's GIFT format, as Moodle's own importer ({@code qformat_gift})
 * reads them: questions separated by blank lines, {@code //} comment lines, {@code ::name::},
 * {@code [html]}-style formats, {@code \}-escapes, {@code $CATEGORY: a/b} (with {@code //} for a
 * slash inside a name), and every question type GIFT has: choices ({@code =right ~wrong}, {@code
 * ~%50%} weights), true/false, short answer, missing word (the text keeps {@code _____} where the
 * braces were), numeric, matching and essay.
 *
 * <p>Where Moodle would import something no learner can answer, this reader reports an error
 * instead: a description (text without braces), braces that do not pair up, a choice question with
 * no right answer or whose weights do not add up to 100%, a matching question with fewer than two
 * pairs, a number that is not one. Every other question of the file still imports. GIFT has no
 * ordering questions, so none are ever read.
 *
 * <p>Questions are worth 1 mark; options, pairs and items get ids {@code "1"}, {@code "2"}… in
 * their order; a question without a name is named after the start of its text, as Moodle does.
 */
public final class GiftReader {

  private static final String CATEGORY = "$CATEGORY:";

  /**
   * Reads a whole file.
   *
   * @throws QuizImportTooLargeException if the file is over {@link ImportLimits}' size or number of
   *     questions
   */
  public ImportResult read(String gift) {
    ImportLimits.checkFileSize(gift);
    String[] lines = gift.split("\r\n|\r|\n", -1);
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    List<String> category = List.of();
    int count = 0;
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int blockStart = i;
      while (i < lines.length && !lines[i].isBlank()) {
        i++;
      }
      int first = firstContentLine(lines, blockStart, i);
      if (first < 0) {
        continue;
      }
      String firstLine = lines[first].strip();
      if (firstLine.startsWith(CATEGORY)) {
        category = categoryPath(firstLine.substring(CATEGORY.length()));
        first = firstContentLine(lines, first + 1, i);
        if (first < 0) {
          continue;
        }
      }
      ImportLimits.checkQuestionCount(++count);
      try {
        questions.add(new ImportedQuestion(first + 1, category, question(lines, first, i)));
      } catch (GiftSyntaxException e) {
        errors.add(e.toError());
      }
    }
    return new ImportResult(questions, errors);
  }

  /** The first line in {@code [from, to)} that is not a comment, or -1. */
  private static int firstContentLine(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isComment(lines[i])) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isComment(String line) {
    return line.stripLeading().startsWith("//");
  }

  /** The path of a {@code $CATEGORY:} line: names separated by {@code /}, {@code //} a slash. */
  static List<String> categoryPath(String path) {
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    String text = path.strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        name.append('/');
        i++;
      } else if (c == '/') {
        addName(names, name);
      } else {
        name.append(c);
      }
    }
    addName(names, name);
    return List.copyOf(names);
  }

  private static void addName(List<String> names, StringBuilder name) {
    if (!name.toString().isBlank()) {
      names.add(name.toString().strip());
    }
    name.setLength(0);
  }

  private static QuestionContent question(String[] lines, int from, int to) {
    StringBuilder raw = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (lines[i].length() > ImportLimits.MAX_LINE_CHARS) {
        throw new GiftSyntaxException(
            i + 1, "the line is longer than " + ImportLimits.MAX_LINE_CHARS + " characters");
      }
      raw.append(isComment(lines[i]) ? "" : lines[i]).append(i + 1 < to ? "\n" : "");
    }
    GiftSource source = GiftSource.decode(raw.toString(), from + 1);
    int start = source.skipSpace(0, source.length());
    int end = source.trimEnd(start, source.length());
    String name = "";
    if (source.indexOf("::", start, start + 2) == start) {
      int close = source.indexOf("::", start + 2, end);
      if (close < 0) {
        throw source.error(start, "the question name opened with '::' is never closed by '::'");
      }
      name = source.text(start + 2, close);
      start = close + 2;
    }
    int open = source.indexOf('{', start, end);
    int stray = source.indexOf('}', start, open < 0 ? end : open);
    if (stray >= 0) {
      throw source.error(stray, "'}' closes no '{': write \\} for a brace in the text");
    }
    if (open < 0) {
      throw source.error(
          start,
          "descriptions are not questions: the text has no answers in braces {…}, "
              + "so there is nothing to import");
    }
    int close = source.indexOf('}', open + 1, end);
    int nested = source.indexOf('{', open + 1, close < 0 ? end : close);
    if (close < 0 || nested >= 0) {
      throw source.error(open, "'{' is never closed by '}': write \\{ for a brace in the text");
    }
    int extra = Math.max(source.indexOf('{', close + 1, end), source.indexOf('}', close + 1, end));
    if (extra >= 0) {
      throw source.error(
          extra, "a question has one set of answers in braces; escape others as \\{ \\}");
    }
    FormattedText text = questionText(source, start, open, close, end);
    int answersEnd = close;
    FormattedText generalFeedback = FormattedText.EMPTY;
    int feedback = source.lastIndexOfGeneralFeedback(open + 1, close);
    if (feedback >= 0) {
      generalFeedback = source.formatted(feedback + 4, close, text.format());
      answersEnd = feedback;
    }
    AnswerKey key = new GiftAnswerParser(source, text.format()).parse(open, answersEnd);
    return new QuestionContent(
        name.isEmpty() ? DefaultNames.from(text.text()) : name, text, generalFeedback, 1, key);
  }

  /** The text around the braces, with {@code _____} where they were unless they end it. */
  private static FormattedText questionText(
      GiftSource source, int start, int open, int close, int end) {
    String blank = source.isBlank(close + 1, end) ? "" : "_____";
    GiftSource text = source.splice(start, open, blank, close + 1, end);
    return text.formatted(0, text.length(), TextFormat.MOODLE);
  }
}
