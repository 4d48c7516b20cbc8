package io.kbplatform.app.article;

import io.kbplatform.content.article.ArticleLimits;
import io.kbplatform.content.article.NewArticle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/articles} (a class, not a record: see {@code SpaceRequest}). */
public class ArticleRequest {

  @NotBlank public String space;

  @NotBlank
  @Size(max = ArticleLimits.TITLE_LENGTH)
  public String title;

  @NotNull
  @Size(max = ArticleLimits.BODY_LENGTH)
  public String body;

  @Size(max = ArticleLimits.MAX_TAGS)
  @ValidTags
  public List<String> tags;

  NewArticle toNewArticle() {
    List<String> cleanTags =
        tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    return new NewArticle(space, title.strip(), body, cleanTags);
  }
}
