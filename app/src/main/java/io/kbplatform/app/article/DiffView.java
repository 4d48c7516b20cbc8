package io.kbplatform.app.article;

import io.kbplatform.content.diff.DiffSegment;
import io.kbplatform.content.diff.VersionDiff;
import java.util.List;

/**
 * The comparison of two versions: title and body as segments ({@code equal}, {@code insert}, {@code
 * delete}; character by character for Chinese, word by word for English), tags added and removed,
 * and character counts.
 */
public record DiffView(
    int from,
    int to,
    List<Segment> title,
    List<Segment> body,
    List<String> tagsAdded,
    List<String> tagsRemoved,
    List<String> tagsUnchanged,
    int inserted,
    int deleted,
    int unchanged) {

  /** One run of text and what happened to it. */
  public record Segment(String op, String text) {
    static Segment of(DiffSegment s) {
      return new Segment(s.op().wireName(), s.text());
    }
  }

  static DiffView of(int from, int to, VersionDiff diff) {
    return new DiffView(
        from,
        to,
        diff.title().stream().map(Segment::of).toList(),
        diff.body().stream().map(Segment::of).toList(),
        diff.tags().added(),
        diff.tags().removed(),
        diff.tags().unchanged(),
        diff.stats().inserted(),
        diff.stats().deleted(),
        diff.stats().unchanged());
  }
}
