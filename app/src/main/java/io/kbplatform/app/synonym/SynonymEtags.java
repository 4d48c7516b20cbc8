package io.kbplatform.app.synonym;

import io.kbplatform.content.synonym.SynonymSet;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Synonym set ETags ({@code "<id>.<version>"}) and the {@code If-Match} check of updates, as for
 * articles: none is 428; one of another set or an older state never matches, so the service answers
 * 412.
 */
final class SynonymEtags {

  /** What a tag that names no version of this set stands for: it never matches. */
  static final long NO_VERSION = -1;

  private SynonymEtags() {}

  static EntityTag of(SynonymSet set) {
    return new EntityTag(set.id() + "." + set.version());
  }

  /** The version an {@code If-Match} header names; 428 without one. */
  static long required(String ifMatch, String id) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(Response.status(428).build());
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    String prefix = id + ".";
    if (value.startsWith(prefix)) {
      try {
        return Long.parseLong(value.substring(prefix.length()));
      } catch (NumberFormatException e) {
        return NO_VERSION;
      }
    }
    return NO_VERSION;
  }
}
