package io.kbplatform.content.synonym;

/** Which script a synonym term is written in, as far as starter sets care. */
final class Scripts {

  private Scripts() {}

  /** A term with at least one Han character (退款, SIM卡). */
  static boolean isChinese(String term) {
    return term.codePoints().anyMatch(Scripts::isHan);
  }

  /** A term with Latin letters and no Han character (refund, 2FA, Wi-Fi). */
  static boolean isLatin(String term) {
    return !isChinese(term)
        && term.codePoints()
            .anyMatch(
                c ->
                    Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
