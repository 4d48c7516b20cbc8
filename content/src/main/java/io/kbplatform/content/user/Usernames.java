package io.kbplatform.content.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one comparison rule for usernames: {@code Alice}, {@code alice} and the full-width {@code
 * ａｌｉｃｅ} name the same account. The canonical form (NFKC, then lower case in the root locale,
 * repeated until stable because lower-casing can leave a non-normalised sequence, e.g. {@code İ})
 * is stored in a unique column and used for every lookup; the name as typed at creation stays the
 * account's display form and its identity in grants, groups and authorship.
 */
public final class Usernames {

  /**
   * Marks the canonical form of an account that clashed with an older one when migration V16 made
   * usernames case-insensitive. Canonical forms are lower case, so no typed name can ever match.
   */
  public static final String CLASH_PREFIX = "CLASH:";

  private Usernames() {}

  public static String canonical(String username) {
    if (username == null) {
      return null;
    }
    String current = username;
    for (int i = 0; i < 3; i++) {
      String next = Normalizer.normalize(current, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }
}
