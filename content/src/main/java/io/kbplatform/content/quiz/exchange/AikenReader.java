package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads single-choice questions in Moodle's Aiken format: the question (one line, or several before
 * the first option), options {@code A.} or {@code A)} each on a line, then {@code ANSWER: B}. Blank
 * lines between questions are optional.
 *
 * <p>Beyond Moodle, text typed with a Chinese input method is accepted: the full-width {@code ．}
 * and {@code ）} after an option letter (with or without a space), full-width letters ({@code Ａ})
 * and the full-width colon in {@code ANSWER：B}; {@code ANSWER} and its letter in any case.
 *
 * <p>A question without its {@code ANSWER} line, with fewer than two options, or whose answer names
 * no option is reported with its line; the other questions still import. Questions are worth 1
 * mark, options get ids {@code "1"}, {@code "2"}… and the question is named after its text.
 */
public final class AikenReader {

  /**
   * Reads a whole file.
   *
   * @throws QuizImportTooLargeException if the file is over {@link ImportLimits}' size or number of
   *     questions
   */
  public ImportResult read(String aiken) {
    ImportLimits.checkFileSize(aiken);
    String[] lines = aiken.split("\r\n|\r|\n", -1);
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    Draft draft = null;
    int count = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > ImportLimits.MAX_LINE_CHARS) {
        errors.add(
            new ImportError(
                lineNumber,
                "the line is longer than " + ImportLimits.MAX_LINE_CHARS + " characters"));
        draft = Draft.BROKEN;
        continue;
      }
      Character answer = answerLetter(line);
      Character option = answer == null ? optionLetter(line) : null;
      if (answer != null) {
        if (draft == null) {
          errors.add(new ImportError(lineNumber, "an ANSWER line without a question before it"));
        } else if (draft != Draft.BROKEN) {
          draft.finish(answer, lineNumber, questions, errors);
        }
        draft = null;
      } else if (option != null) {
        if (draft == null) {
          errors.add(new ImportError(lineNumber, "an option without a question before it"));
          draft = Draft.BROKEN;
        } else if (draft != Draft.BROKEN) {
          draft.addOption(option, line.substring(2).strip(), lineNumber);
        }
      } else if (draft == null || draft == Draft.BROKEN || !draft.options.isEmpty()) {
        if (draft != null && draft != Draft.BROKEN) {
          errors.add(
              new ImportError(
                  draft.line, "the question has no 'ANSWER: X' line after its options"));
        }
        ImportLimits.checkQuestionCount(++count);
        draft = new Draft(lineNumber);
        draft.text.append(line);
      } else {
        draft.text.append('\n').append(line);
      }
    }
    if (draft != null && draft != Draft.BROKEN) {
      errors.add(new ImportError(draft.line, "the question has no 'ANSWER: X' line"));
    }
    return new ImportResult(questions, errors);
  }

  /** The letter of an {@code ANSWER: X} line, {@code '?'} if it names none, null if not one. */
  private static Character answerLetter(String line) {
    if (line.length() < 7 || !line.regionMatches(true, 0, "ANSWER", 0, 6)) {
      return null;
    }
    char colon = line.charAt(6);
    if (colon != ':' && colon != '：') {
      return null;
    }
    String rest = line.substring(7).strip();
    Character letter = rest.length() == 1 ? letter(rest.charAt(0), true) : null;
    return letter == null ? '?' : letter;
  }

  private static Character optionLetter(String line) {
    Character letter = line.length() >= 2 ? letter(line.charAt(0), false) : null;
    if (letter == null) {
      return null;
    }
    char mark = line.charAt(1);
    if (mark == '．' || mark == '）') {
      return letter;
    }
    boolean spaced = line.length() > 2 && Character.isWhitespace(line.charAt(2));
    return (mark == '.' || mark == ')') && spaced ? letter : null;
  }

  /** An upper-case letter, full width or not (lower case too if {@code anyCase}), as A–Z. */
  private static Character letter(char c, boolean anyCase) {
    char ascii = c >= 'Ａ' && c <= 'Ｚ' ? (char) ('A' + c - 'Ａ') : c;
    ascii = c >= 'ａ' && c <= 'ｚ' ? (char) ('a' + c - 'ａ') : ascii;
    if (anyCase && ascii >= 'a' && ascii <= 'z') {
      ascii = Character.toUpperCase(ascii);
    }
    return ascii >= 'A' && ascii <= 'Z' ? ascii : null;
  }

  /** A question being read; {@link #BROKEN} while skipping to the next ANSWER after an error. */
  private static final class Draft {
    static final Draft BROKEN = new Draft(0);

    final int line;
    final StringBuilder text = new StringBuilder();
    final List<Character> letters = new ArrayList<>();
    final List<String> options = new ArrayList<>();
    String problem;
    int problemLine;

    Draft(int line) {
      this.line = line;
    }

    void addOption(char letter, String option, int lineNumber) {
      if (problem != null) {
        return;
      }
      if (letters.contains(letter)) {
        problem = "option " + letter + " appears twice";
        problemLine = lineNumber;
      } else if (option.isEmpty()) {
        problem = "option " + letter + " has no text";
        problemLine = lineNumber;
      } else if (options.size() == ImportLimits.MAX_ANSWERS_PER_QUESTION) {
        problem =
            "a question may have at most " + ImportLimits.MAX_ANSWERS_PER_QUESTION + " options";
        problemLine = lineNumber;
      }
      letters.add(letter);
      options.add(option);
    }

    void finish(
        char answer, int answerLine, List<ImportedQuestion> questions, List<ImportError> errors) {
      if (problem != null) {
        errors.add(new ImportError(problemLine, problem));
      } else if (options.size() < 2) {
        errors.add(new ImportError(line, "a question needs at least two options, A. and B."));
      } else if (!letters.contains(answer)) {
        errors.add(
            new ImportError(
                answerLine,
                answer == '?'
                    ? "ANSWER must name one option by its letter, as 'ANSWER: B'"
                    : "ANSWER " + answer + " names no option of the question"));
      } else {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          choices.add(
              new Choice(
                  String.valueOf(i + 1),
                  FormattedText.of(options.get(i)),
                  letters.get(i) == answer ? 1 : 0,
                  FormattedText.EMPTY));
        }
        String question = text.toString();
        questions.add(
            new ImportedQuestion(
                line,
                List.of(),
                new QuestionContent(
                    DefaultNames.from(question),
                    FormattedText.of(question),
                    FormattedText.EMPTY,
                    1,
                    new AnswerKey.Choices(choices, false, true))));
      }
    }
  }
}
