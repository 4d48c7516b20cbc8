package io.kbplatform.search.semantic;

import java.util.regex.Pattern;

/**
 * Cleans text before it is cut into passages and embedded: pinyin annotations such as 體驗(yàn) go,
 * spaces that PDF extraction leaves between Chinese characters ({@code 回复 客户}) are closed, runs of
 * spaces and blank lines are collapsed.
 */
final class PassageText {

  private static final String INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";
  private static final String[] FINALS = {
    "iang", "iong", "uang", "ueng", "ang", "eng", "ong", "ian", "iao", "ing", "uai", "uan", "van",
    "üan", "ai", "an", "ao", "ei", "en", "er", "ia", "ie", "in", "iu", "ou", "ua", "ue", "ui", "un",
    "uo", "ve", "vn", "üe", "ün", "a", "e", "i", "o", "u", "v", "ü"
  };
  // The same shape as the analysis plugin's PinyinPattern (the plugin is not on this class path).
  private static final Pattern PINYIN = Pattern.compile(pinyinAnnotation());
  private static final String CJK = "[\\p{IsHan}，。！？、；：「」『』（）《》“”]";
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=" + CJK + ")[ \\t\\u3000]+(?=" + CJK + ")");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000\\u00a0]+");
  private static final Pattern SPACE_AT_LINE_EDGE = Pattern.compile(" ?\\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private PassageText() {}

  static String clean(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String clean = text.replace("\r\n", "\n").replace('\r', '\n');
    clean = PINYIN.matcher(clean).replaceAll("");
    clean = CJK_GAP.matcher(clean).replaceAll("");
    clean = SPACES.matcher(clean).replaceAll(" ");
    clean = SPACE_AT_LINE_EDGE.matcher(clean).replaceAll("\n");
    clean = BLANK_LINES.matcher(clean).replaceAll("\n\n");
    return clean.strip();
  }

  private static String pinyinAnnotation() {
    StringBuilder finals = new StringBuilder("(?:");
    for (int i = 0; i < FINALS.length; i++) {
      finals.append(i > 0 ? "|" : "");
      for (char c : FINALS[i].toCharArray()) {
        finals.append(vowel(c));
      }
    }
    String syllable = INITIALS + finals.append(')') + "[1-5]?";
    return "(?<=\\p{IsHan})[ \\t\\u3000]*[(（](?=[^()（）]{1,60}[)）])[\\s\\u3000]*"
        + syllable
        + "(?:[\\s\\u3000'’·\\-]*"
        + syllable
        + ")*[\\s\\u3000]*[)）]";
  }

  private static String vowel(char c) {
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
