package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleVersion;
import java.util.Optional;

/**
 * A mandatory article the user still has to acknowledge: its published version, the oldest version
 * whose acknowledgement would count, and the user's last acknowledgement, if any (an older one).
 */
public record PendingAcknowledgement(
    Article article, ArticleVersion published, int requiredSince, Acknowledgement last) {

  public Optional<Acknowledgement> lastAcknowledgement() {
    return Optional.ofNullable(last);
  }
}
