package io.kbplatform.content.importing.sections;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that are not the document's content: what document-sharing sites add around it
 * ("已閱讀5頁，還剩25頁未讀", "下載本文檔", their disclaimers and lists of other documents), copyright notices,
 * page numbers and page captions such as {@code 課件_第3頁}. Lines are judged by their {@linkplain
 * #key(String) key}, so pinyin annotations, spaces and bullets do not hide them.
 */
final class Boilerplate {

  /** Kinds of removed text, as the import reports them. */
  enum Kind {
    SCRAPER("scraper lines"),
    COPYRIGHT("copyright notices"),
    PAGE_NUMBER("page numbers"),
    PAGE_CAPTION("page captions"),
    TABLE_OF_CONTENTS("table of contents"),
    REPEATED("repeated headers and footers"),
    TRAILER("the sharing site's footer"),
    PINYIN("pinyin annotations");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  private static final List<Pattern> SCRAPER =
      patterns(
          "^已[阅閱][读讀]\\d+[页頁]",
          "[还還]剩\\d+[页頁]未[读讀]",
          "^[继繼][续續]免[费費][阅閱][读讀]$",
          "^(?:下[载載]|免[费費]下[载載]|立即下[载載]|点击下[载載]|點擊下[载載])(?:本)?(?:文[档檔]|文件|全文)?$",
          "^文[档檔]简介$|^文[档檔]簡介$",
          "^(?:本文[档檔])?由用[户戶]提供(?:并|並)上[传傳]",
          "^(?:上一[个個]|下一[个個]|上一篇|下一篇)[:：]",
          "^(?:收藏|分享|举报|舉報|加入[书書]架)$");
  private static final List<Pattern> COPYRIGHT =
      patterns(
          "^版[权權](?:说明|說明|声明|聲明|所有)",
          "^(?i:copyright|©|\\(c\\)\\d{4})",
          "(?i:allrightsreserved)\\.?$",
          "^本文[档檔]由用[户戶]提供");
  private static final List<Pattern> PAGE_NUMBER =
      patterns(
          "^第\\d{1,4}[页頁](?:[/／,，]?(?:共)?\\d{1,4}[页頁]?)?$",
          "^[-—–]\\d{1,4}[-—–]$",
          "^(?i:page|p\\.)\\d{1,4}(?:(?:of|/)\\d{1,4})?$",
          "^\\d{1,4}[/／]\\d{1,4}$",
          "^\\d{1,4}$");
  private static final Pattern PAGE_CAPTION = Pattern.compile("^.{1,120}?_第\\d{1,4}[页頁]$");
  private static final Pattern CAPTION_SUFFIX = Pattern.compile("_第\\d{1,4}[页頁]$");
  private static final List<Pattern> TRAILER =
      patterns(
          "^温馨提示$|^溫馨提示$",
          "^最新文[档檔]$",
          "^相[关關]文[档檔]$|^相[关關]推荐$|^相[關关]推薦$",
          "^猜你喜[欢歡]$",
          "^[评評][论論]$",
          "^提交[评評][论論]$");
  private static final Pattern KEY_NOISE = Pattern.compile("[\\s\\u3000•·*#>\\-]+");

  private Boilerplate() {}

  /** The line as judged: pinyin annotations, whitespace, bullets and Markdown marks removed. */
  static String key(String line) {
    return KEY_NOISE.matcher(PinyinAnnotations.strip(line)).replaceAll("");
  }

  /** What kind of boilerplate this line is, or null for content. */
  static Kind kindOf(String line) {
    String key = key(line);
    if (key.isEmpty()) {
      return null;
    }
    if (anyFinds(SCRAPER, key)) {
      return Kind.SCRAPER;
    }
    if (key.length() <= 200 && anyFinds(COPYRIGHT, key)) {
      return Kind.COPYRIGHT;
    }
    if (anyFinds(PAGE_NUMBER, key)) {
      return Kind.PAGE_NUMBER;
    }
    if (PAGE_CAPTION.matcher(key).find()) {
      return Kind.PAGE_CAPTION;
    }
    return null;
  }

  /** Whether this line starts the sharing site's footer (its tips, other documents, comments). */
  static boolean startsTrailer(String line) {
    return anyFinds(TRAILER, key(line));
  }

  /** A title without the page caption suffix: {@code 課件_第1頁} becomes {@code 課件}. */
  static String withoutCaption(String title) {
    return CAPTION_SUFFIX.matcher(title.strip()).replaceAll("").strip();
  }

  private static boolean anyFinds(List<Pattern> patterns, String key) {
    for (Pattern p : patterns) {
      if (p.matcher(key).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
