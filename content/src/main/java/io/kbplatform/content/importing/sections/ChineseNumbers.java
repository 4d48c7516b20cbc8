package io.kbplatform.content.importing.sections;

/** Small numbers written in Chinese ({@code 十二}) or in digits, as chapters are numbered. */
final class ChineseNumbers {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumbers() {}

  /** The value, or -1 when the text is not such a number. */
  static int parse(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(text);
    }
    String normal = text.replace('〇', '零').replace('两', '二').replace('兩', '二');
    int value = 0;
    int pending = 0;
    for (char c : normal.toCharArray()) {
      int digit = DIGITS.indexOf(c);
      if (digit >= 0) {
        pending = digit;
      } else if (c == '十') {
        value += (pending == 0 ? 1 : pending) * 10;
        pending = 0;
      } else if (c == '百') {
        value += (pending == 0 ? 1 : pending) * 100;
        pending = 0;
      } else {
        return -1;
      }
    }
    return value + pending;
  }
}
