package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyword relevance query: the words of the text over title, words, tags and attachments (a
 * Chinese bigram field and a dictionary-word subfield each); the same words with typo tolerance for
 * Latin script, scoring lower; synonym alternatives; and a bonus for the words as a phrase or close
 * together.
 */
final class KeywordQuery {

  /** Short queries need all their words; longer ones (questions, pasted text) most of them. */
  static final String MINIMUM_MATCH = "3<60%";

  static final List<String> FIELDS =
      List.of(
          "title^3",
          "title.words^2",
          "body",
          "body.words^0.5",
          "tags.text^2",
          "attachments^0.5",
          "attachments.words^0.3");

  /**
   * Typo tolerance on the fields with Latin words. {@code AUTO} edits: none for tokens of up to two
   * characters (so CJK bigrams stay exact), one up to five, two beyond; the first letter is kept.
   */
  static final List<String> FUZZY_FIELDS = List.of("title^3", "body", "tags.text^2");

  static final float FUZZY_BOOST = 0.5f;

  /**
   * Colloquial questions share few words with the answer ({@code 这个月话费怎么这么多}): without the question
   * words, half of the dictionary words may match, at a lower weight.
   */
  static final List<String> WORD_FIELDS = List.of("title.words^2", "body.words", "tags.text");

  static final String LENIENT_MATCH = "2<50%";
  static final float LENIENT_BOOST = 0.4f;

  /**
   * The name of the clauses that match the words themselves (the text's own match and each synonym
   * alternative): a hit that matched one of them is a real keyword match, not only a typo-tolerant
   * or lenient partial one (Elasticsearch lists it in the hit's {@code matched_queries}).
   */
  static final String ALL_WORDS = "all_words";

  private KeywordQuery() {}

  static Query of(String text, List<Query> alternatives) {
    List<Query> ways = new ArrayList<>();
    ways.add(allWords(match(text, FIELDS)));
    ways.add(
        Query.of(
            q ->
                q.multiMatch(
                    mm ->
                        mm.query(text)
                            .fields(FUZZY_FIELDS)
                            .type(TextQueryType.BestFields)
                            .fuzziness("AUTO")
                            .prefixLength(1)
                            .maxExpansions(20)
                            .operator(Operator.Or)
                            .minimumShouldMatch(MINIMUM_MATCH)
                            .boost(FUZZY_BOOST))));
    String meaning = QuestionWords.strip(text);
    ways.add(
        Query.of(
            q ->
                q.multiMatch(
                    mm ->
                        mm.query(meaning)
                            .fields(WORD_FIELDS)
                            .type(TextQueryType.BestFields)
                            .operator(Operator.Or)
                            .minimumShouldMatch(LENIENT_MATCH)
                            .boost(LENIENT_BOOST))));
    alternatives.forEach(a -> ways.add(allWords(a)));
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.must(m -> m.bool(w -> w.should(ways).minimumShouldMatch("1")))
                        .should(phrase(text, 0, 2f))
                        .should(phrase(text, 4, 1f))));
  }

  /** The plain match of a text, as used for the text itself and for each synonym alternative. */
  static Query match(String text, List<String> fields) {
    return Query.of(
        q ->
            q.multiMatch(
                mm ->
                    mm.query(text)
                        .fields(fields)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .operator(Operator.Or)
                        .minimumShouldMatch(MINIMUM_MATCH)));
  }

  private static Query allWords(Query match) {
    return Query.of(q -> q.bool(b -> b.must(match).queryName(ALL_WORDS)));
  }

  private static Query phrase(String text, int slop, float boost) {
    return Query.of(
        q ->
            q.multiMatch(
                mm ->
                    mm.query(text)
                        .fields("title^3", "body")
                        .type(TextQueryType.Phrase)
                        .slop(slop)
                        .boost(boost)));
  }
}
