package io.kbplatform.search.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kbplatform.content.article.PublishedArticle;
import java.util.List;

/** One published article as the search index stores it: plain text, no Markdown. */
public record ArticleDocument(
    @JsonProperty("id") String id,
    @JsonProperty("space") String space,
    @JsonProperty("version") int version,
    @JsonProperty("title") String title,
    @JsonProperty("body") String body,
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("published_at") String publishedAt) {

  public static ArticleDocument of(PublishedArticle article) {
    return new ArticleDocument(
        article.id(),
        article.spaceKey(),
        article.version(),
        article.title(),
        MarkdownText.plain(article.body()),
        article.tags(),
        article.publishedAt().toString());
  }
}
