package io.kbplatform.app.article;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.SeenArticle;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Article ETags ({@code "<id>.<lock version>"}) and the {@code If-Match} checks of updates: none is
 * 428, one of another article or an older state is 412.
 */
public final class ArticleEtags {

  private ArticleEtags() {}

  public static EntityTag of(Article article) {
    return new EntityTag(article.id() + "." + article.lockVersion());
  }

  /**
   * The tag of the article as the caller sees it. The lock version moves with every draft saved, so
   * readers, who must not learn that a draft exists, get a weak tag of the published version; they
   * write nothing that needs {@code If-Match}.
   */
  public static EntityTag of(SeenArticle seen) {
    if (seen.drafts()) {
      return of(seen.article());
    }
    return new EntityTag(
        seen.article().id() + ".published." + seen.publishedVersion().orElse(0), true);
  }

  /** The lock version an {@code If-Match} header names; 428 without one. */
  public static long required(String ifMatch, String articleId) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(Response.status(428).build());
    }
    return parse(ifMatch, articleId);
  }

  /** The lock version an optional {@code If-Match} header names, or null without one. */
  public static Long optional(String ifMatch, String articleId) {
    return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch, articleId);
  }

  private static long parse(String ifMatch, String articleId) {
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    String prefix = articleId + ".";
    try {
      if (value.startsWith(prefix)) {
        return Long.parseLong(value.substring(prefix.length()));
      }
    } catch (NumberFormatException e) {
      // falls through: not one of our tags
    }
    return NO_VERSION;
  }

  /**
   * What a tag that names no version of this article stands for: it never matches, so the service
   * answers 412 — after it has checked that the caller may see the article at all.
   */
  public static final long NO_VERSION = -1;
}
