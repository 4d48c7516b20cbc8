package io.kbplatform.search.synonym;

import com.ibm.icu.text.Transliterator;
import io.kbplatform.search.synonym.SynonymExpansion.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the two commonest typing slips of a query towards the words of the synonym sets, so that
 * a misspelt query is still expanded and translated: a Latin-script word one or two edits away from
 * a word of the sets ({@code pasword} is password, {@code verfication} is verification), and
 * Chinese characters typed with the right pinyin but the wrong character, as pinyin input methods
 * make them ({@code 宽带段网} is 宽带断网, {@code 发漂} is 发票).
 *
 * <p>Cautious by construction, because the corrected query is only ever searched <em>beside</em>
 * the typed one: a Latin word is corrected only when it is not a word of the sets itself, keeps its
 * first letter, does not merely extend a word of the sets ({@code lists}, {@code listn} are not
 * list) and has exactly one nearest word (one edit for words of up to nine letters, two for longer
 * ones, transpositions counting as one); a Chinese window of two to four characters only when it is
 * not a term itself, sounds exactly like one term (toneless pinyin) and shares at least half of its
 * characters in place with it. Immutable; safe for concurrent use.
 */
final class VocabularyCorrection {

  private static final VocabularyCorrection NONE =
      new VocabularyCorrection(Set.of(), Map.of(), Set.of(), Map.of());

  /** Words shorter than this are never corrected: too many real words lie one edit apart. */
  static final int MIN_LATIN_LENGTH = 4;

  private static final int LONG_WORD = 10;
  private static final int MIN_HAN = 2;
  private static final int MAX_HAN = 4;
  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");

  /**
   * ICU transliterators are not thread-safe: every use holds this one's lock (once per character).
   */
  private static final Transliterator HAN_TO_PINYIN =
      Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

  private final Set<String> latinWords;
  private final Map<Integer, List<String>> latinByLength;
  private final Set<String> hanTerms;
  private final Map<String, List<String>> hanBySound;

  private VocabularyCorrection(
      Set<String> latinWords,
      Map<Integer, List<String>> latinByLength,
      Set<String> hanTerms,
      Map<String, List<String>> hanBySound) {
    this.latinWords = latinWords;
    this.latinByLength = latinByLength;
    this.hanTerms = hanTerms;
    this.hanBySound = hanBySound;
  }

  static VocabularyCorrection none() {
    return NONE;
  }

  /** The vocabulary of these sets, their terms already normalised. */
  static VocabularyCorrection of(List<Group> groups) {
    Set<String> latin = new HashSet<>();
    Set<String> han = new HashSet<>();
    for (Group group : groups) {
      for (String term : group.terms()) {
        Matcher words = LATIN_WORD.matcher(term);
        while (words.find()) {
          latin.add(words.group());
        }
        if (term.codePoints().allMatch(SynonymExpansion::isHan)) {
          han.add(term);
        }
      }
    }
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String word : latin) {
      byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word);
    }
    Map<String, List<String>> bySound = new HashMap<>();
    for (String term : han) {
      int length = term.codePointCount(0, term.length());
      if (length >= MIN_HAN && length <= MAX_HAN) {
        bySound.computeIfAbsent(sound(term), s -> new ArrayList<>()).add(term);
      }
    }
    return new VocabularyCorrection(Set.copyOf(latin), byLength, Set.copyOf(han), bySound);
  }

  /** The normalised query with its slips corrected; the query itself when there are none. */
  String correct(String normal) {
    if (normal.isEmpty() || (latinWords.isEmpty() && hanTerms.isEmpty())) {
      return normal;
    }
    return correctHan(correctLatin(normal));
  }

  private String correctLatin(String text) {
    Matcher words = LATIN_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (words.find()) {
      String word = words.group();
      String corrected = nearestWord(word);
      out.append(text, from, words.start()).append(corrected == null ? word : corrected);
      from = words.end();
    }
    return out.append(text.substring(from)).toString();
  }

  /** The one word of the sets nearest to a word that is not one itself, or null. */
  String nearestWord(String word) {
    if (word.length() < MIN_LATIN_LENGTH
        || latinWords.contains(word)
        || word.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int allowed = word.length() >= LONG_WORD ? 2 : 1;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int length = word.length() - allowed; length <= word.length() + allowed; length++) {
      for (String candidate : latinByLength.getOrDefault(length, List.of())) {
        if (candidate.length() < MIN_LATIN_LENGTH
            || candidate.charAt(0) != word.charAt(0)
            || word.startsWith(candidate)) {
          continue; // a longer word that starts with a set's word is another word (list, listen)
        }
        int distance = distance(word, candidate, allowed);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
          tie = false;
        } else if (distance == bestDistance && !candidate.equals(best)) {
          tie = true;
        }
      }
    }
    return best != null && bestDistance <= allowed && !tie ? best : null;
  }

  private String correctHan(String text) {
    int[] points = text.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < points.length) {
      String replacement = null;
      int taken = 1;
      for (int length = Math.min(MAX_HAN, hanRun(points, at)); length >= MIN_HAN; length--) {
        String window = new String(points, at, length);
        if (hanTerms.contains(window)) {
          replacement = window;
          taken = length;
          break;
        }
        String soundsLike = soundAlike(window, length);
        if (soundsLike != null) {
          replacement = soundsLike;
          taken = length;
          break;
        }
      }
      if (replacement == null) {
        out.appendCodePoint(points[at]);
      } else {
        out.append(replacement);
      }
      at += taken;
    }
    return out.toString();
  }

  /** How many Chinese characters follow from a position on. */
  private static int hanRun(int[] points, int from) {
    int end = from;
    while (end < points.length && SynonymExpansion.isHan(points[end])) {
      end++;
    }
    return end - from;
  }

  /** The one term that sounds like the window and shares half its characters in place, or null. */
  private String soundAlike(String window, int length) {
    List<String> candidates = hanBySound.get(sound(window));
    if (candidates == null) {
      return null;
    }
    Set<String> found = new LinkedHashSet<>();
    for (String term : candidates) {
      if (sharedInPlace(window, term) * 2 >= length) {
        found.add(term);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static int sharedInPlace(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int shared = 0;
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] == y[i]) {
        shared++;
      }
    }
    return shared;
  }

  /** Toneless pinyin of each character, separated by spaces: 断网 and 段网 are both "duan wang". */
  static String sound(String han) {
    StringBuilder sound = new StringBuilder();
    han.codePoints()
        .forEach(
            c -> {
              if (sound.length() > 0) {
                sound.append(' ');
              }
              sound.append(PINYIN.computeIfAbsent(c, VocabularyCorrection::pinyin));
            });
    return sound.toString();
  }

  private static String pinyin(int codePoint) {
    String transliterated;
    synchronized (HAN_TO_PINYIN) {
      transliterated = HAN_TO_PINYIN.transliterate(new String(Character.toChars(codePoint)));
    }
    return transliterated.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Optimal string alignment distance (Levenshtein with adjacent transpositions), or {@code limit +
   * 1} once it is certain to exceed the limit.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return Math.min(d[n][m], limit + 1);
  }
}
