package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Did you mean": Latin-script words of the query replaced by more frequent words of the index
 * within two edits. The index's term dictionary spans every article, so a correction is only
 * offered after it has been checked to find articles the caller may read.
 */
final class DidYouMean {

  static final String NAME = "spelling";

  /** Fewer hits than this and a correction is looked for. */
  static final int FEW = 3;

  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");

  private DidYouMean() {}

  static boolean applies(String text) {
    return LATIN_WORD.matcher(text).find();
  }

  static Suggester suggester(String text) {
    return Suggester.of(
        s ->
            s.text(text)
                .suggesters(
                    NAME,
                    f ->
                        f.term(
                            t ->
                                t.field("spell")
                                    .suggestMode(SuggestMode.Popular)
                                    .minWordLength(3)
                                    .prefixLength(1)
                                    .maxEdits(2)
                                    .size(1))));
  }

  /** The query with each corrected word replaced, if any word was corrected. */
  static <T> Optional<String> corrected(String text, Map<String, List<Suggestion<T>>> suggest) {
    List<Suggestion<T>> entries = suggest.getOrDefault(NAME, List.of());
    StringBuilder result = new StringBuilder(text);
    boolean changed = false;
    // From the end, so that earlier offsets stay valid while later words are replaced.
    for (int i = entries.size() - 1; i >= 0; i--) {
      Suggestion<T> entry = entries.get(i);
      if (!entry.isTerm() || entry.term().options().isEmpty()) {
        continue;
      }
      TermSuggestOption best = entry.term().options().get(0);
      int from = entry.term().offset();
      int to = from + entry.term().length();
      if (from < 0 || to > result.length()) {
        continue;
      }
      result.replace(from, to, best.text());
      changed = true;
    }
    return changed ? Optional.of(result.toString()) : Optional.empty();
  }
}
