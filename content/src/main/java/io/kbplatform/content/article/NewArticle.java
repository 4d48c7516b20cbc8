package io.kbplatform.content.article;

import java.util.List;

/** What it takes to create an article. */
public record NewArticle(String spaceKey, String title, String body, List<String> tags) {

  public NewArticle {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
