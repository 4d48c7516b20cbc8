package io.kbplatform.app.articlerequest;

import io.kbplatform.content.articlerequest.ArticleRequestAsker;
import java.time.Instant;

/** One person who asked for a request, with their note. */
public record AskerView(String username, String note, Instant askedAt) {

  static AskerView of(ArticleRequestAsker asker) {
    return new AskerView(asker.username(), asker.note().orElse(null), asker.askedAt());
  }
}
