package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * The highlighted passages of a hit: the best fragments of the body (or of the attachments, or the
 * title), HTML-escaped by Elasticsearch with {@code <mark>} as the only markup.
 */
final class Highlights {

  static final int FRAGMENT_LENGTH = 160;
  static final int FRAGMENTS = 3;

  private Highlights() {}

  static Highlight request() {
    return Highlight.of(
        h ->
            h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .order(HighlighterOrder.Score)
                .fields(
                    "body",
                    f ->
                        f.fragmentSize(FRAGMENT_LENGTH)
                            .numberOfFragments(FRAGMENTS)
                            .noMatchSize(FRAGMENT_LENGTH))
                .fields("title", f -> f.numberOfFragments(0))
                .fields("attachments", f -> f.fragmentSize(FRAGMENT_LENGTH).numberOfFragments(1)));
  }

  /** The fragments to show, best first: marked body passages, else attachment, else title. */
  static List<String> fragments(Hit<?> hit) {
    List<String> body = hit.highlight().getOrDefault("body", List.of());
    List<String> marked = new ArrayList<>(body.stream().filter(Highlights::marked).toList());
    if (marked.isEmpty()) {
      hit.highlight().getOrDefault("attachments", List.of()).stream()
          .filter(Highlights::marked)
          .forEach(marked::add);
    }
    if (marked.isEmpty()) {
      // The body always has a fragment (no_match_size) unless the body is empty.
      return body.isEmpty() ? List.of() : List.of(body.get(0));
    }
    return List.copyOf(marked);
  }

  /** The title with its matching words marked, or null when none matched. */
  static String title(Hit<?> hit) {
    List<String> title = hit.highlight().getOrDefault("title", List.of());
    return title.isEmpty() || !marked(title.get(0)) ? null : title.get(0);
  }

  private static boolean marked(String fragment) {
    return fragment.contains("<mark>");
  }
}
