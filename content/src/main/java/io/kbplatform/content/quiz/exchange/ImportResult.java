package io.kbplatform.content.quiz.exchange;

import java.util.Comparator;
import java.util.List;

/**
 * What reading a file gave: every question that could be read, in file order, and why each of the
 * others could not. One bad question never stops the others from importing.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportError> errors) {
  public ImportResult {
    questions = List.copyOf(questions);
    errors = errors.stream().sorted(Comparator.comparingInt(ImportError::line)).toList();
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
