package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * The highlighted passages of a hit: the best fragments of the body (or of the attachments, or the
 * title), HTML-escaped by Elasticsearch with {@code <mark>} as the only markup, cut at sentence
 * boundaries.
 *
 * <p>The words are marked by a highlight query of their own, not by the relevance query: the
 * unified highlighter marks only what matches the query it is given, field by field, and the
 * relevance query's per-field clauses need most of the query's words ({@link
 * KeywordQuery#MINIMUM_MATCH}), so an article that matched through its dictionary-word subfield,
 * the lenient question clause or a synonym had no mark at all in its body ({@code 退款多久到账}: the body
 * holds 退款 and 到账 but not three of the query's five bigrams). The highlight query matches any one
 * of the words without the question words ({@link QuestionWords}), with typo tolerance for Latin
 * words, and the synonym alternatives, on the fields that are highlighted.
 */
final class Highlights {

  static final int FRAGMENT_LENGTH = 160;
  static final int FRAGMENTS = 3;

  /** The fields highlighted (the bigram fields, indexed with offsets). */
  static final List<String> FIELDS = List.of("title", "body", "attachments");

  private Highlights() {}

  static Highlight request(String text, List<Query> synonymAlternatives) {
    Query query = query(text, synonymAlternatives);
    return Highlight.of(
        h ->
            h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .order(HighlighterOrder.Score)
                .highlightQuery(query)
                .fields(
                    "body",
                    f ->
                        f.fragmentSize(FRAGMENT_LENGTH)
                            .numberOfFragments(FRAGMENTS)
                            .boundaryScanner(BoundaryScanner.Sentence)
                            .noMatchSize(FRAGMENT_LENGTH))
                .fields("title", f -> f.numberOfFragments(0))
                .fields(
                    "attachments",
                    f ->
                        f.fragmentSize(FRAGMENT_LENGTH)
                            .boundaryScanner(BoundaryScanner.Sentence)
                            .numberOfFragments(1)));
  }

  /** Any word of the text (question words left out) on the highlighted fields. */
  static Query query(String text, List<Query> synonymAlternatives) {
    String words = QuestionWords.strip(text);
    List<Query> ways = new ArrayList<>();
    ways.add(highlightMatch(words));
    ways.add(
        Query.of(
            q ->
                q.multiMatch(
                    mm ->
                        mm.query(words)
                            .fields(FIELDS)
                            .fuzziness("AUTO")
                            .prefixLength(1)
                            .maxExpansions(20)
                            .operator(Operator.Or))));
    ways.addAll(synonymAlternatives);
    return Query.of(q -> q.bool(b -> b.should(ways)));
  }

  /** Any one word of a text on the highlighted fields (for the text and each synonym). */
  static Query highlightMatch(String text) {
    return Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(FIELDS).operator(Operator.Or)));
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
