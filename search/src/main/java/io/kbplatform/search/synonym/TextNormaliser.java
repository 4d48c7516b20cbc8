package io.kbplatform.search.synonym;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text the way the index's analysis does before comparing words: compatibility forms
 * (full-width ｒｅｆｕｎｄ is refund), lower case, Traditional to Simplified Chinese (退費 is 退费), and runs
 * of whitespace to one space. Safe for concurrent use.
 */
public final class TextNormaliser {

  /** ICU transliterators are not thread-safe: every use holds this one's lock (microseconds). */
  private final Transliterator traditionalToSimplified =
      Transliterator.getInstance("Traditional-Simplified");

  public String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String simplified;
    synchronized (traditionalToSimplified) {
      simplified = traditionalToSimplified.transliterate(folded);
    }
    return simplified.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
