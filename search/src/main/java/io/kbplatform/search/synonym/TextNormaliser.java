package io.kbplatform.search.synonym;

import io.kbplatform.content.common.TextFolding;

/**
 * Folds text the way the index's analysis does before comparing words: compatibility forms
 * (full-width ｒｅｆｕｎｄ is refund), lower case, Traditional to Simplified Chinese (退費 is 退费), and runs
 * of whitespace to one space ({@link TextFolding}), without white space at the ends. Safe for
 * concurrent use.
 */
public final class TextNormaliser {

  public String normalise(String text) {
    return TextFolding.fold(text).strip();
  }
}
