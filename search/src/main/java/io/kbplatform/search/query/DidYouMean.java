package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Did you mean": Latin-script words of the query replaced by words within two edits that are more
 * frequent <em>in the articles the caller may read</em>. The index's term dictionary, and so the
 * suggester, spans every article: its candidates are only raw material. Each candidate (and each
 * typed word) is counted under the caller's permissions, and only a word that readable articles
 * contain, more often than the typed one, is offered. So a word that only restricted articles
 * contain is never suggested, whatever the rest of the query matches, and how often such articles
 * use the typed word changes nothing either.
 */
final class DidYouMean {

  static final String NAME = "spelling";

  /** Fewer hits than this and a correction is looked for. */
  static final int FEW = 3;

  /** Candidates asked for per word, of which the first readable one wins. */
  static final int CANDIDATES = 5;

  /** Words of a query looked at, at most. */
  static final int MAX_WORDS = 8;

  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");

  private DidYouMean() {}

  /** A word of the query as the suggester saw it, with its candidates, best first. */
  record Word(int offset, int length, String text, List<String> candidates) {}

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
                                    // ALWAYS: whether the typed word is frequent is judged below,
                                    // among readable articles only
                                    .suggestMode(SuggestMode.Always)
                                    .minWordLength(3)
                                    .prefixLength(1)
                                    .maxEdits(2)
                                    .size(CANDIDATES))));
  }

  /** The words the suggester has candidates for. */
  static <T> List<Word> words(Map<String, List<Suggestion<T>>> suggest) {
    List<Word> words = new ArrayList<>();
    for (Suggestion<T> entry : suggest.getOrDefault(NAME, List.of())) {
      if (!entry.isTerm() || entry.term().options().isEmpty() || words.size() >= MAX_WORDS) {
        continue;
      }
      words.add(
          new Word(
              entry.term().offset(),
              entry.term().length(),
              entry.term().text(),
              entry.term().options().stream().map(TermSuggestOption::text).toList()));
    }
    return words;
  }

  /** Every term whose readable document count decides: the typed words and their candidates. */
  static Set<String> terms(List<Word> words) {
    Set<String> terms = new LinkedHashSet<>();
    for (Word word : words) {
      terms.add(word.text());
      terms.addAll(word.candidates());
    }
    return terms;
  }

  /**
   * The query with each word replaced by its best candidate found in more readable articles than
   * the word itself, if any word was.
   *
   * @param readableDocs how many articles the caller may read contain each term (0 if absent)
   */
  static Optional<String> corrected(String text, List<Word> words, Map<String, Long> readableDocs) {
    StringBuilder result = new StringBuilder(text);
    boolean changed = false;
    List<Word> fromTheEnd = new ArrayList<>(words);
    fromTheEnd.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
    // From the end, so that earlier offsets stay valid while later words are replaced.
    for (Word word : fromTheEnd) {
      long typed = readableDocs.getOrDefault(word.text(), 0L);
      Optional<String> best =
          word.candidates().stream()
              .filter(c -> !c.equals(word.text()))
              .filter(c -> readableDocs.getOrDefault(c, 0L) > Math.max(0, typed))
              .findFirst();
      int from = word.offset();
      int to = from + word.length();
      if (best.isEmpty() || from < 0 || to > result.length()) {
        continue;
      }
      result.replace(from, to, best.get());
      changed = true;
    }
    return changed ? Optional.of(result.toString()) : Optional.empty();
  }
}
