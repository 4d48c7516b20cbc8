package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.quiz.exchange.AikenReader;
import io.kbplatform.content.quiz.exchange.GiftReader;
import io.kbplatform.content.quiz.exchange.ImportError;
import io.kbplatform.content.quiz.exchange.ImportResult;
import io.kbplatform.content.quiz.exchange.ImportedQuestion;
import io.kbplatform.content.quiz.question.QuestionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a GIFT or Aiken file into a bank: every valid question is added, in file order, with the
 * categories the file names; every other one is reported with its line and the reason, and the
 * valid ones still import. Moodle's own category prefixes ({@code $course$/top/…}) are dropped.
 */
@ApplicationScoped
public class QuestionImport {

  /** The file formats a bank imports. */
  public enum Format {
    GIFT,
    AIKEN;

    /** The format named by a request ({@code gift}, {@code aiken}, any case). */
    public static Format named(String name) {
      if (name != null) {
        for (Format format : values()) {
          if (format.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
            return format;
          }
        }
      }
      throw new InvalidRequestException("format: gift or aiken.");
    }
  }

  /** What an import did: the questions added in file order, and the questions refused. */
  public record Outcome(List<StoredQuestion> questions, List<ImportError> errors) {}

  private static final Set<String> MOODLE_CONTEXTS =
      Set.of("$course$", "$system$", "$module$", "$cat$", "$coursecategory$");

  private QuestionService questions;
  private QuestionBankService banks;

  protected QuestionImport() {}

  @Inject
  public QuestionImport(QuestionService questions, QuestionBankService banks) {
    this.questions = questions;
    this.banks = banks;
  }

  @Transactional
  public Outcome run(Actor actor, String bankId, Format format, String file) {
    banks.get(actor, bankId); // not found before anything is read
    ImportResult read =
        format == Format.GIFT ? new GiftReader().read(file) : new AikenReader().read(file);
    List<ImportError> errors = new ArrayList<>(read.errors());
    List<NewQuestion> valid = new ArrayList<>();
    for (ImportedQuestion question : read.questions()) {
      List<String> category = category(question.category());
      Optional<String> problem =
          QuestionCheck.problem(question.content()).or(() -> categoryProblem(category));
      if (problem.isPresent()) {
        errors.add(new ImportError(question.line(), problem.get()));
      } else {
        valid.add(new NewQuestion(category, Set.of(), question.content()));
      }
    }
    errors.sort(Comparator.comparingInt(ImportError::line));
    return new Outcome(questions.add(actor, bankId, valid), errors);
  }

  /** A file's category path without Moodle's context prefix and its {@code top} category. */
  static List<String> category(List<String> path) {
    List<String> names = new ArrayList<>(path.stream().map(String::strip).toList());
    if (!names.isEmpty() && MOODLE_CONTEXTS.contains(names.get(0).toLowerCase(Locale.ROOT))) {
      names.remove(0);
      if (!names.isEmpty() && names.get(0).equalsIgnoreCase("top")) {
        names.remove(0);
      }
    }
    names.removeIf(String::isEmpty);
    return names;
  }

  private static Optional<String> categoryProblem(List<String> category) {
    if (category.size() > QuestionCategory.MAX_DEPTH) {
      return Optional.of("Categories nest at most " + QuestionCategory.MAX_DEPTH + " deep.");
    }
    for (String name : category) {
      if (name.length() > QuestionCategory.NAME_LENGTH || name.contains("/")) {
        return Optional.of(
            "A category name has at most "
                + QuestionCategory.NAME_LENGTH
                + " characters and no '/': "
                + name);
      }
    }
    return Optional.empty();
  }
}
