package io.kbplatform.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One matching article. {@code snippet} is the best highlighted passage, {@code fragments} all the
 * good ones (best first), {@code highlightedTitle} the title with its matching words marked (null
 * when none matched): HTML-escaped except for {@code <mark>} tags. {@code semantic} says the hit
 * was found by meaning rather than by its words.
 */
public record SearchHit(
    String id,
    String space,
    String category,
    String title,
    String highlightedTitle,
    String snippet,
    List<String> fragments,
    List<String> tags,
    Instant updatedAt,
    double score,
    boolean needsReview,
    boolean archived,
    boolean semantic) {}
