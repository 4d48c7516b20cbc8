package io.kbplatform.app.articlerequest;

import io.kbplatform.app.http.NextPage;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.articlerequest.ArticleRequestCursor;
import io.kbplatform.content.articlerequest.ArticleRequestPage;
import io.kbplatform.content.articlerequest.ArticleRequestStatus;
import io.kbplatform.content.common.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** A page of article requests; the next page's address is in {@code next} and the Link header. */
public record ArticleRequestPageView(List<ArticleRequestView> items, String next) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses {@code ?after=}; a token that is not ours is a bad request. */
  static ArticleRequestCursor cursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    return ArticleRequestCursor.parse(after)
        .orElseThrow(() -> new InvalidRequestException("after is not a valid cursor."));
  }

  static int limit(Integer limit) {
    return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  /** Parses {@code ?status=}; null for every status, a bad request for an unknown one. */
  static ArticleRequestStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ArticleRequestStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("status must be OPEN, DONE or DECLINED.");
    }
  }

  /** Parses {@code ?space=}; null when absent or blank. */
  static String space(String space) {
    return space == null || space.isBlank() ? null : space.strip();
  }

  /** The page, each request with its answering article as the caller sees it (if readable). */
  static Response response(
      ArticleRequestPage page, Map<String, SeenArticle> articles, UriInfo uri) {
    String next =
        NextPage.address(uri, "after", page.nextCursor().map(c -> c.token()).orElse(null));
    return NextPage.ok(
        new ArticleRequestPageView(
            page.items().stream()
                .map(i -> ArticleRequestView.of(i, i.article().map(articles::get).orElse(null)))
                .toList(),
            next),
        next);
  }
}
