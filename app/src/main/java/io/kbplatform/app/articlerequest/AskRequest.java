package io.kbplatform.app.articlerequest;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.articlerequest.ArticleRequest;
import io.kbplatform.content.articlerequest.NewArticleRequest;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/article-requests} (a class, not a record: see {@code SpaceRequest}):
 * the query that found nothing, an optional note, and the space searched.
 */
public class AskRequest {

  @NotBlank
  @Size(max = ArticleRequest.QUERY_LENGTH)
  @NoControlCharacters
  public String query;

  @Size(max = ArticleRequest.NOTE_LENGTH)
  public String note;

  /** The space the asker searched in; null or absent when searching every space. */
  @Pattern(regexp = Space.KEY_PATTERN, message = "must be the key of a space, e.g. CS")
  public String space;

  NewArticleRequest toNewRequest() {
    return new NewArticleRequest(query, note, space);
  }
}
