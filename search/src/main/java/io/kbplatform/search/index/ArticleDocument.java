package io.kbplatform.search.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.PublishedArticle;
import java.util.List;

/**
 * One published article as the search index stores it: plain text, no Markdown, plus the permission
 * fields that trim every query ({@code space_readers}, {@code restricted_to}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleDocument(
    @JsonProperty("id") String id,
    @JsonProperty("space") String space,
    @JsonProperty("category") String category,
    @JsonProperty("template") String template,
    @JsonProperty("version") int version,
    @JsonProperty("title") String title,
    @JsonProperty("body") String body,
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("owner") String owner,
    @JsonProperty("status") String status,
    @JsonProperty("needs_review") Boolean needsReview,
    @JsonProperty("published_at") String publishedAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("space_readers") List<String> spaceReaders,
    @JsonProperty("restricted_to") List<String> restrictedTo,
    @JsonProperty("attachments") List<String> attachments) {

  public static ArticleDocument of(PublishedArticle article) {
    return new ArticleDocument(
        article.id(),
        article.spaceKey(),
        article.categoryId(),
        article.template(),
        article.version(),
        article.title(),
        MarkdownText.plain(article.body()),
        article.tags(),
        article.owner(),
        article.status() == ArticleStatus.ARCHIVED ? "ARCHIVED" : "PUBLISHED",
        article.needsReview(),
        article.publishedAt().toString(),
        article.updatedAt().toString(),
        List.copyOf(article.spaceReaders()),
        List.copyOf(article.restrictedTo()),
        article.attachmentTexts());
  }
}
