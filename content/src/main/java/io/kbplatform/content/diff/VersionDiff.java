package io.kbplatform.content.diff;

import java.util.List;

/**
 * The difference between two versions of an article.
 *
 * @param title segments turning the older title into the newer one
 * @param body segments turning the older Markdown body into the newer one
 * @param tags tags added, removed and kept
 * @param stats characters inserted, deleted and unchanged across title and body
 */
public record VersionDiff(
    List<DiffSegment> title, List<DiffSegment> body, TagDiff tags, DiffStats stats) {

  public VersionDiff {
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  /** Compares version A (the older) with version B (the newer). */
  public static VersionDiff between(
      String titleA,
      String bodyA,
      List<String> tagsA,
      String titleB,
      String bodyB,
      List<String> tagsB) {
    List<DiffSegment> title = TextDiff.compare(titleA, titleB);
    List<DiffSegment> body = TextDiff.compare(bodyA, bodyB);
    return new VersionDiff(
        title, body, TagDiff.between(tagsA, tagsB), DiffStats.of(title).plus(DiffStats.of(body)));
  }

  /** Whether the two versions have the same title, body and tags. */
  public boolean isUnchanged() {
    return stats.inserted() == 0 && stats.deleted() == 0 && tags.isEmpty();
  }
}
