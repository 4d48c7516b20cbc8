package io.kbplatform.content.article;

import java.util.List;
import java.util.Set;

/**
 * What it takes to create an article, and what an update replaces. Optional parts are null: no
 * category, no template, the creator as owner, the default review interval, no restriction.
 */
public record NewArticle(
    String spaceKey,
    String categoryId,
    ArticleTemplate template,
    String title,
    String body,
    List<String> tags,
    String owner,
    Integer reviewIntervalDays,
    Set<String> restrictedTo) {

  public NewArticle {
    tags = tags == null ? List.of() : List.copyOf(tags);
    restrictedTo = restrictedTo == null ? null : Set.copyOf(restrictedTo);
  }

  /** The body to store: the template's skeleton when the request brings none. */
  public String bodyOrTemplate() {
    if ((body == null || body.isBlank()) && template != null) {
      return template.body();
    }
    return body == null ? "" : body;
  }
}
