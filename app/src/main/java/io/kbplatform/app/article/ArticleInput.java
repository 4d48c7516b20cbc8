package io.kbplatform.app.article;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.article.ArticleLimits;
import io.kbplatform.content.article.ArticleTemplate;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/articles} and {@code PUT /api/articles/{id}} (a class, not a record:
 * see {@code SpaceRequest}). On creation an empty body with a template starts from the template.
 */
public class ArticleInput {

  /** The space key; required on creation, a different one on update moves the article. */
  @Pattern(regexp = Space.KEY_PATTERN, message = "must be the key of a space, e.g. CS")
  public String space;

  @Size(max = Columns.ID_LENGTH)
  public String category;

  public ArticleTemplate template;

  @NotBlank
  @Size(max = ArticleLimits.TITLE_LENGTH)
  @NoControlCharacters
  public String title;

  @Size(max = ArticleLimits.BODY_LENGTH)
  public String body;

  @Size(max = ArticleLimits.MAX_TAGS)
  @ValidTags
  @NoControlCharacters
  public List<String> tags;

  /** Who keeps the article current; the creator by default. */
  @Size(max = Columns.USERNAME_LENGTH)
  public String owner;

  /** Days between verifications (0 means at every check); 180 by default. */
  @PositiveOrZero
  @Max(3650)
  public Integer reviewIntervalDays;

  /** Group keys the article is restricted to; empty for none. Publishers only. */
  @Size(max = 50)
  public Set<String> restrictedTo;

  /** Why this version was saved (updates only). */
  @Size(max = ArticleLimits.CHANGE_NOTE_LENGTH)
  public String changeNote;

  NewArticle toNewArticle() {
    if (space == null || space.isBlank()) {
      throw new InvalidRequestException("space is required.");
    }
    return build();
  }

  NewArticle toUpdate() {
    if (body == null) {
      throw new InvalidRequestException("body is required: send the whole article.");
    }
    return build();
  }

  private NewArticle build() {
    List<String> cleanTags =
        tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    Set<String> groups =
        restrictedTo == null
            ? null
            : new LinkedHashSet<>(restrictedTo.stream().map(String::strip).toList());
    return new NewArticle(
        space == null ? null : space.strip(),
        category,
        template,
        title.strip(),
        body,
        cleanTags,
        owner,
        reviewIntervalDays,
        groups);
  }
}
