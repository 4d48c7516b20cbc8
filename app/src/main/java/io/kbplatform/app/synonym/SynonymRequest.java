package io.kbplatform.app.synonym;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.synonym.NewSynonymSet;
import io.kbplatform.content.synonym.SynonymTerms;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/synonyms} and {@code PUT /api/synonyms/{id}} (a class, not a record:
 * see {@code SpaceRequest}). Each term is 1 to 50 characters; the service checks them.
 */
public class SynonymRequest {

  /** The space the set applies to; null or absent for a global set. Cannot change on update. */
  @Pattern(regexp = Space.KEY_PATTERN, message = "must be the key of a space, e.g. CS")
  public String space;

  /** The words that mean the same thing, e.g. ["退款", "退费", "refund"]. */
  @NotNull
  @Size(min = SynonymTerms.MIN_TERMS, max = SynonymTerms.MAX_TERMS)
  @NoControlCharacters
  public List<String> terms;

  NewSynonymSet toNewSet() {
    return new NewSynonymSet(space, terms);
  }

  /** The terms of an update, which must not try to move the set to another scope. */
  List<String> termsFor(String currentSpace) {
    if (space != null && !space.equals(currentSpace)) {
      throw new InvalidRequestException(
          "A synonym set stays in its scope: create a new one for another space.");
    }
    return terms;
  }
}
