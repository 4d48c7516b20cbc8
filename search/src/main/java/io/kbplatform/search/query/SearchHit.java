package io.kbplatform.search.query;

/** One matching article, with a snippet that is HTML-escaped except for its mark tags. */
public record SearchHit(
    String id,
    String space,
    String title,
    String snippet,
    double score,
    boolean needsReview,
    boolean archived) {}
