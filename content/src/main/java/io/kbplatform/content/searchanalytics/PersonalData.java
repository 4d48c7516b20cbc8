package io.kbplatform.content.searchanalytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in normalised query text (lowercase, NFKC, single spaces), so that what one
 * user typed can be shown to others: e-mail addresses become {@code @}; ID numbers (18 digits, the
 * last maybe {@code x}), phone numbers (mobile, landline, with {@code +86} or {@code 0086}), bank
 * card and order numbers, i.e. any run of five or more digits, also split by single spaces or
 * hyphens, become {@code #}; names become {@code *}: the display names and user names of known
 * users, a surname before 先生/女士/小姐/太太 ({@code 王先生} → {@code *先生}) and a word after Mr/Mrs/Ms/Miss.
 *
 * <p>Limits: a name that is neither a known user's nor marked by such a title (a customer's full
 * name typed alone) is not recognised; nor are numbers written in Chinese numerals or with other
 * separators. Known names shorter than two Han characters or three letters are not masked, so that
 * ordinary words are not taken for names.
 */
public final class PersonalData {

  public static final String EMAIL_MASK = "@";
  public static final String NUMBER_MASK = "#";
  public static final String NAME_MASK = "*";

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+");

  /** A Chinese resident ID number: 17 digits and a check digit or x. */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<!\\d)\\d{17}[\\dx](?![\\p{IsLatin}\\p{N}])");

  /**
   * Five or more digits, maybe split by single spaces or hyphens ("138-0013-8000", "+86 138 0013
   * 8000", "6222 0200 1234 5678"), with a leading plus or an area code in brackets.
   */
  private static final Pattern DIGITS =
      Pattern.compile("(?:\\+|\\(\\d{2,4}\\) ?)?\\d(?:[ \\-]?\\d){4,}");

  /** Common Chinese surnames (Simplified and Traditional), compound ones first. */
  private static final String SURNAMES =
      "(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|司徒|夏侯"
          + "|[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
          + "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石"
          + "廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃"
          + "武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿"
          + "关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁冉骆駱蓝藍路"
          + "游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆"
          + "麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒"
          + "隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺])";

  private static final Pattern TITLED_CHINESE_NAME =
      Pattern.compile(SURNAMES + "\\p{IsHan}{0,2}?(?=先生|女士|小姐|太太)");

  private static final Pattern TITLED_LATIN_NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}])(mr|mrs|ms|miss|dr)(\\.? )\\p{L}+");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{N}._@-]+");

  private final Set<String> singleWords;
  private final List<String> phrases;
  private final List<String> hanNames;

  private PersonalData(Set<String> singleWords, List<String> phrases, List<String> hanNames) {
    this.singleWords = singleWords;
    this.phrases = phrases;
    this.hanNames = hanNames;
  }

  /** Masks only by pattern: no known names. */
  public static final PersonalData PATTERNS_ONLY = new PersonalData(Set.of(), List.of(), List.of());

  /**
   * A masker that also knows these names (user names and display names, as stored): each is
   * normalised like a query; names too short to be told from ordinary words are left out.
   */
  public static PersonalData knowing(Collection<String> names) {
    Set<String> words = new HashSet<>();
    Set<String> phrases = new HashSet<>();
    Set<String> han = new HashSet<>();
    for (String raw : names) {
      String name = QueryText.plain(raw);
      if (HAN.matcher(name).find()) {
        if (name.codePointCount(0, name.length()) >= 2) {
          han.add(name);
        }
      } else if (name.length() >= 3) {
        (name.contains(" ") ? phrases : words).add(name);
      }
    }
    // longest first, so that "张小明" is masked whole before "张小" could be
    List<String> hanByLength = new ArrayList<>(han);
    hanByLength.sort((a, b) -> b.length() - a.length());
    List<String> phraseByLength = new ArrayList<>(phrases);
    phraseByLength.sort((a, b) -> b.length() - a.length());
    return new PersonalData(Set.copyOf(words), List.copyOf(phraseByLength), hanByLength);
  }

  /** The normalised text with personal data masked. */
  public String mask(String normalised) {
    String text = EMAIL.matcher(normalised).replaceAll(EMAIL_MASK);
    // names before numbers: a user name with digits in it is masked whole
    text = knownNames(text);
    text = ID_NUMBER.matcher(text).replaceAll(NUMBER_MASK);
    text = DIGITS.matcher(text).replaceAll(NUMBER_MASK);
    text = TITLED_CHINESE_NAME.matcher(text).replaceAll(NAME_MASK);
    text = TITLED_LATIN_NAME.matcher(text).replaceAll("$1$2" + NAME_MASK);
    return text;
  }

  /** Whether the normalised text holds personal data that {@link #mask} would hide. */
  public boolean holdsPersonalData(String normalised) {
    return !mask(normalised).equals(normalised);
  }

  private String knownNames(String text) {
    for (String name : hanNames) {
      if (text.contains(name)) {
        text = text.replace(name, NAME_MASK);
      }
    }
    for (String phrase : phrases) {
      text = replaceWord(text, phrase);
    }
    if (singleWords.isEmpty()) {
      return text;
    }
    Matcher words = LATIN_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (words.find()) {
      if (singleWords.contains(words.group())) {
        out.append(text, last, words.start()).append(NAME_MASK);
        last = words.end();
      }
    }
    return last == 0 ? text : out.append(text.substring(last)).toString();
  }

  /** Replaces a phrase only where it stands as whole words. */
  private static String replaceWord(String text, String phrase) {
    int at = text.indexOf(phrase);
    while (at >= 0) {
      int end = at + phrase.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        text = text.substring(0, at) + NAME_MASK + text.substring(end);
        at = text.indexOf(phrase, at + 1);
      } else {
        at = text.indexOf(phrase, at + 1);
      }
    }
    return text;
  }
}
