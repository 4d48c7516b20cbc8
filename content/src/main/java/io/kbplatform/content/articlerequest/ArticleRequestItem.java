package io.kbplatform.content.articlerequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A request as one caller sees it: how many people asked and when last, the answering article if
 * the caller may read it, and either the caller's own ask ({@code ownAsk}, when seen as an asker)
 * or, for an editor looking at one request, everyone who asked ({@code askedBy}, oldest first).
 */
public record ArticleRequestItem(
    ArticleRequest request,
    long askers,
    Instant lastAskedAt,
    String visibleArticleId,
    ArticleRequestAsker ownAsk,
    List<ArticleRequestAsker> askedBy) {

  public ArticleRequestItem {
    askedBy = askedBy == null ? null : List.copyOf(askedBy);
  }

  /** Seen by one of its askers rather than by an editor who handles it. */
  public boolean seenAsAsker() {
    return ownAsk != null;
  }

  public Optional<String> article() {
    return Optional.ofNullable(visibleArticleId);
  }
}
