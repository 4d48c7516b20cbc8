package io.kbplatform.content.common;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that what a reader takes for the same words compares equal: compatibility forms
 * (full-width ｒｅｆｕｎｄ and ＶＩＰ are refund and vip), lower case, Traditional to Simplified Chinese (退費
 * is 退费), and every run of white space (Unicode spaces included) to one space. The index's analysis
 * folds the same way; synonyms and typed quiz answers are compared after it. Safe for concurrent
 * use.
 */
public final class TextFolding {

  /** ICU transliterators are not thread-safe: every use holds this one's lock (microseconds). */
  private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private TextFolding() {}

  /** The folded text, white space at its ends kept (as one space). Null is the empty text. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String simplified;
    synchronized (TRADITIONAL_TO_SIMPLIFIED) {
      simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(folded);
    }
    return WHITESPACE.matcher(simplified).replaceAll(" ");
  }
}
