package io.kbplatform.bench.corpus;

import java.time.Instant;
import java.util.List;

/**
 * One generated article, published once (version 1), as the loader writes it to the database.
 *
 * @param body Markdown
 * @param restrictedTo group keys the article is restricted to; empty for every reader of its space
 * @param language {@code zh-Hans}, {@code zh-Hant}, {@code en} or {@code mixed}
 */
public record CorpusArticle(
    String id,
    String spaceKey,
    String categoryId,
    String template,
    String title,
    String body,
    List<String> tags,
    String owner,
    boolean archived,
    boolean needsReview,
    Instant createdAt,
    Instant publishedAt,
    Instant updatedAt,
    List<String> restrictedTo,
    String language) {}
