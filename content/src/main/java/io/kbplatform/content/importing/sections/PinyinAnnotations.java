package io.kbplatform.content.importing.sections;

import java.util.regex.Pattern;

/**
 * Pinyin that web scrapers leave in brackets after Chinese characters, as in {@code 體驗(yàn)}. Only
 * brackets right after a Han character that hold nothing but pinyin syllables go; {@code 客戶體驗(CX)}
 * and {@code 網站(website)} keep theirs.
 */
public final class PinyinAnnotations {

  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
  private static final String VOWELS = "[aeiouv" + TONED + "]";
  private static final String SYLLABLE =
      "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?" + VOWELS + "{1,4}(?:ng|n|r)?";

  /** One to four syllables, lower case, at least one of them with a tone mark. */
  private static final Pattern ANNOTATION =
      Pattern.compile(
          "(?<=[\\p{IsHan}?？])[(（]\\h?(?=[^)）]*["
              + TONED.replace("ü", "")
              + "])"
              + SYLLABLE
              + "(?:[\\h']?"
              + SYLLABLE
              + "){0,3}\\h?[)）]");

  private PinyinAnnotations() {}

  /** The text without pinyin annotations: {@code 體驗(yàn)} becomes {@code 體驗}. */
  public static String strip(String text) {
    return ANNOTATION.matcher(text).replaceAll("");
  }

  /** How many annotations the text holds. */
  public static int count(String text) {
    return (int) ANNOTATION.matcher(text).results().count();
  }
}
