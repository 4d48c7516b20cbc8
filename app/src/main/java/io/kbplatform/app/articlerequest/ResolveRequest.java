package io.kbplatform.app.articlerequest;

import io.kbplatform.content.articlerequest.ArticleRequest;
import io.kbplatform.content.articlerequest.ArticleRequestStatus;
import io.kbplatform.content.articlerequest.Resolution;
import io.kbplatform.content.common.Columns;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/article-requests/{id}/resolve}: DONE or DECLINED, a comment for the
 * askers, and the article that answers the request. {@code status} is text so that an unknown value
 * is a field error rather than unreadable JSON.
 */
public class ResolveRequest {

  @NotNull
  @Pattern(regexp = "DONE|DECLINED", message = "must be DONE or DECLINED")
  public String status;

  @Size(max = ArticleRequest.COMMENT_LENGTH)
  public String comment;

  @Size(max = Columns.ID_LENGTH)
  public String articleId;

  Resolution toResolution() {
    String article = articleId == null || articleId.isBlank() ? null : articleId.strip();
    return new Resolution(ArticleRequestStatus.valueOf(status), comment, article);
  }
}
