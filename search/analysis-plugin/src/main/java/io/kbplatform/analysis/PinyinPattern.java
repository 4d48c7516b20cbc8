package io.kbplatform.analysis;

import java.util.regex.Pattern;

/** Builds the regular expression that finds bracketed pinyin annotations after Han characters. */
final class PinyinPattern {

  /** Longest bracket content (between the brackets) that is still considered an annotation. */
  static final int MAX_ANNOTATION_LENGTH = 60;

  private static final String INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";

  private static final String[] FINALS = {
    "iang", "iong", "uang", "ueng", "ang", "eng", "ong", "ian", "iao", "ing", "uai", "uan", "van",
    "üan", "ai", "an", "ao", "ei", "en", "er", "ia", "ie", "in", "iu", "ou", "ua", "ue", "ui", "un",
    "uo", "ve", "vn", "üe", "ün", "a", "e", "i", "o", "u", "v", "ü"
  };

  private static final Pattern PATTERN = Pattern.compile(build());

  private PinyinPattern() {}

  /** The compiled pattern; every match is a whole annotation to delete. */
  static Pattern pattern() {
    return PATTERN;
  }

  private static String build() {
    StringBuilder finals = new StringBuilder("(?:");
    for (int i = 0; i < FINALS.length; i++) {
      if (i > 0) {
        finals.append('|');
      }
      for (char c : FINALS[i].toCharArray()) {
        finals.append(vowelClass(c));
      }
    }
    finals.append(')');
    String syllable = INITIALS + finals + "[1-5]?";
    String space = "[\\s\\u3000]*";
    String separator = "[\\s\\u3000'’·\\-]*";
    return "(?<=\\p{IsHan})[ \\t\\u3000]*"
        + "[(（]"
        + "(?=[^()（）]{1,"
        + MAX_ANNOTATION_LENGTH
        + "}[)）])"
        + space
        + syllable
        + "(?:"
        + separator
        + syllable
        + ")*"
        + space
        + "[)）]";
  }

  /** A character class matching a pinyin vowel with any tone mark, or the letter itself. */
  private static String vowelClass(char c) {
    return switch (c) {
      case 'a' -> "[aāáǎà]";
      case 'e' -> "[eēéěèê]";
      case 'i' -> "[iīíǐì]";
      case 'o' -> "[oōóǒò]";
      case 'u' -> "[uūúǔù]";
      case 'ü' -> "[üǖǘǚǜ]";
      default -> String.valueOf(c);
    };
  }
}
