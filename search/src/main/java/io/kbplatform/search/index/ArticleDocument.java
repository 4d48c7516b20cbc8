package io.kbplatform.search.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.PackedVectors;
import java.util.List;

/**
 * One published article as the search index stores it: plain text, no Markdown; the permission
 * fields that trim every query ({@code space_readers}, {@code restricted_to}); the ranking signals
 * ({@code helpfulness}, {@code popularity}, 0 to 1); and the embedded chunks for semantic retrieval
 * with the hash of the text they were computed from and their vectors packed once more ({@code
 * chunk_vectors}, see {@link PackedVectors}).
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
    @JsonProperty("attachments") List<String> attachments,
    @JsonProperty("helpfulness") Double helpfulness,
    @JsonProperty("popularity") Double popularity,
    @JsonProperty("content_hash") String contentHash,
    @JsonProperty("chunks") List<Chunk> chunks,
    @JsonProperty("chunk_vectors") String chunkVectors) {

  /** The document without signals or chunks. */
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
        article.attachmentTexts(),
        null,
        null,
        null,
        null,
        null);
  }

  /** The same document with ranking signals. */
  public ArticleDocument withSignals(double helpfulness, double popularity) {
    return new ArticleDocument(
        id,
        space,
        category,
        template,
        version,
        title,
        body,
        tags,
        owner,
        status,
        needsReview,
        publishedAt,
        updatedAt,
        spaceReaders,
        restrictedTo,
        attachments,
        helpfulness,
        popularity,
        contentHash,
        chunks,
        chunkVectors);
  }

  /**
   * The same document with its embedded chunks and the hash of the text they came from; their
   * vectors also go, packed, into {@code chunk_vectors}, the stored copy rebuilds reuse (the index
   * keeps vectors out of {@code _source}, so that searches never load them).
   */
  public ArticleDocument withChunks(String hash, List<Chunk> embedded) {
    return new ArticleDocument(
        id,
        space,
        category,
        template,
        version,
        title,
        body,
        tags,
        owner,
        status,
        needsReview,
        publishedAt,
        updatedAt,
        spaceReaders,
        restrictedTo,
        attachments,
        helpfulness,
        popularity,
        hash,
        embedded,
        PackedVectors.pack(embedded.stream().map(Chunk::vector).toList()));
  }
}
