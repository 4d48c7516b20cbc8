package io.kbplatform.content.synonym;

import io.kbplatform.content.common.InvalidRequestException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for the terms of a synonym set: 2 to 20 distinct terms of 1 to 50 characters each
 * (after trimming), on one line each; duplicates that differ only in case or width are dropped.
 */
public final class SynonymTerms {

  public static final int MIN_TERMS = 2;
  public static final int MAX_TERMS = 20;
  public static final int TERM_LENGTH = 50;

  private SynonymTerms() {}

  /** The terms trimmed and deduplicated, in the given order; invalid input is a bad request. */
  public static List<String> checked(List<String> terms) {
    if (terms == null) {
      throw new InvalidRequestException("terms is required.");
    }
    if (terms.size() > MAX_TERMS) {
      throw new InvalidRequestException("A synonym set has at most " + MAX_TERMS + " terms.");
    }
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String term : terms) {
      String clean = term == null ? "" : term.strip().replaceAll("\\s+", " ");
      if (clean.isEmpty()) {
        throw new InvalidRequestException("A synonym term must not be empty.");
      }
      if (clean.length() > TERM_LENGTH) {
        throw new InvalidRequestException(
            "A synonym term has at most " + TERM_LENGTH + " characters: '" + clean + "'.");
      }
      if (clean.chars().anyMatch(Character::isISOControl)) {
        throw new InvalidRequestException("A synonym term must not contain control characters.");
      }
      if (seen.add(foldKey(clean))) {
        kept.add(clean);
      }
    }
    if (kept.size() < MIN_TERMS) {
      throw new InvalidRequestException(
          "A synonym set needs at least " + MIN_TERMS + " different terms.");
    }
    return List.copyOf(kept);
  }

  /** What two terms must share to count as the same: compatibility form, lower case. */
  static String foldKey(String term) {
    return Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
