package io.kbplatform.content.importing.sections;

/**
 * Sizes that decide splitting, counted in characters other than whitespace.
 *
 * @param minDocument a shorter document stays one article
 * @param minSection a shorter section joins its neighbour
 * @param maxSection a longer section is split again
 * @param target the size a section split by length aims at
 */
public record SectionSizes(int minDocument, int minSection, int maxSection, int target) {

  /** A few screens per section: long enough to answer a question, short enough to rank well. */
  public static final SectionSizes DEFAULTS = new SectionSizes(5000, 300, 8000, 3500);

  static int measure(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
