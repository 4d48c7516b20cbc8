package io.kbplatform.app.article;

import io.kbplatform.app.http.NextPage;
import io.kbplatform.content.article.ArticleCursor;
import io.kbplatform.content.article.ArticlePage;
import io.kbplatform.content.common.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A page of article summaries; the next page's address is in {@code next} and the Link header. */
public record ArticlePageView(List<ArticleSummary> items, String next) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses {@code ?after=}; a token that is not ours is a bad request. */
  public static ArticleCursor cursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    return ArticleCursor.parse(after)
        .orElseThrow(() -> new InvalidRequestException("after is not a valid cursor."));
  }

  public static int limit(Integer limit) {
    return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  public static Response response(ArticlePage page, UriInfo uri) {
    String next =
        NextPage.address(uri, "after", page.nextCursor().map(ArticleCursor::token).orElse(null));
    return NextPage.ok(
        new ArticlePageView(page.articles().stream().map(ArticleSummary::of).toList(), next), next);
  }
}
