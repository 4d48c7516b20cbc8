package io.kbplatform.content.article;

import java.time.Instant;
import java.util.List;

/** The content readers see of one article: its published version, as search indexes it. */
public record PublishedArticle(
    String id,
    String spaceKey,
    int version,
    String title,
    String body,
    List<String> tags,
    Instant publishedAt) {}
