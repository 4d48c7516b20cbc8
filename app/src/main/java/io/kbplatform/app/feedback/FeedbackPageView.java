package io.kbplatform.app.feedback;

import io.kbplatform.app.http.NextPage;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.feedback.FeedbackCursor;
import io.kbplatform.content.feedback.FeedbackPage;
import io.kbplatform.content.feedback.FeedbackState;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** A page of feedback; the next page's address is in {@code next} and the Link header. */
public record FeedbackPageView(List<FeedbackView> items, String next) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses {@code ?after=}; a token that is not ours is a bad request. */
  static FeedbackCursor cursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    return FeedbackCursor.parse(after)
        .orElseThrow(() -> new InvalidRequestException("after is not a valid cursor."));
  }

  static int limit(Integer limit) {
    return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  /** Parses {@code ?state=}; empty for every state, a bad request for an unknown one. */
  static FeedbackState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return FeedbackState.valueOf(state.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("state must be NEW, ACKNOWLEDGED or RESOLVED.");
    }
  }

  /** The page, each item with its article as the caller sees it (absent: not readable). */
  static Response response(FeedbackPage page, Map<String, SeenArticle> articles, UriInfo uri) {
    String next =
        NextPage.address(uri, "after", page.nextCursor().map(c -> c.token()).orElse(null));
    return NextPage.ok(
        new FeedbackPageView(
            page.items().stream()
                .map(f -> FeedbackView.of(f, articles.get(f.articleId())))
                .toList(),
            next),
        next);
  }
}
