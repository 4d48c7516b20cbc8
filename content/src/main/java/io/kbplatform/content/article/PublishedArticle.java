package io.kbplatform.content.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the search index holds of one article: its published version, where it lives, its review
 * state, who may read it ({@code spaceReaders}, {@code restrictedTo}: principal tokens) and the
 * text extracted from its attachments. {@code updatedAt} is when readers last saw it change (its
 * publication): a pending draft leaves no trace in the index.
 */
public record PublishedArticle(
    String id,
    String spaceKey,
    String categoryId,
    String template,
    int version,
    String title,
    String body,
    List<String> tags,
    String owner,
    ArticleStatus status,
    boolean needsReview,
    Instant publishedAt,
    Instant updatedAt,
    Set<String> spaceReaders,
    Set<String> restrictedTo,
    List<String> attachmentTexts) {}
