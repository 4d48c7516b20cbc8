package io.kbplatform.content.synonym;

import java.util.List;

/**
 * One synonym set of the shipped starter set.
 *
 * @param key identifies the set across loads (lower-case letters, digits and hyphens)
 * @param languages which languages its terms are in
 * @param terms the terms, the usual written form of each language first
 */
public record StarterSet(String key, Languages languages, List<String> terms) {

  /** Which languages a starter set's terms are in. */
  public enum Languages {
    /** At least one Chinese and at least one Latin-script term: Chinese ⇄ English. */
    BILINGUAL,
    /** Chinese only ({@code [zh]}): colloquial ⇄ formal words, or regional vocabulary. */
    CHINESE,
    /** English only ({@code [en]}). */
    ENGLISH
  }

  public StarterSet {
    terms = List.copyOf(terms);
  }
}
