package io.kbplatform.content.diff;

import io.kbplatform.content.diff.DiffSegment.Op;
import java.util.ArrayList;
import java.util.List;

/** Collects diff output, merging adjacent text with the same op and dropping empty text. */
final class SegmentBuilder {

  private final List<DiffSegment> segments = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Op pending;

  void add(Op op, String source, int start, int end) {
    if (start == end) {
      return;
    }
    if (op != pending) {
      flush();
      pending = op;
    }
    text.append(source, start, end);
  }

  void add(Op op, String source) {
    add(op, source, 0, source.length());
  }

  List<DiffSegment> segments() {
    flush();
    return List.copyOf(segments);
  }

  private void flush() {
    if (!text.isEmpty()) {
      segments.add(new DiffSegment(pending, text.toString()));
      text.setLength(0);
    }
  }
}
