package io.kbplatform.content.importing.sections;

/**
 * How to treat an imported document.
 *
 * @param split whether a long document may become several sections
 * @param stripPinyin whether pinyin annotations such as {@code 體驗(yàn)} are removed
 */
public record SplitOptions(boolean split, boolean stripPinyin) {

  /** Split long documents, strip pinyin: the import's defaults. */
  public static final SplitOptions DEFAULTS = new SplitOptions(true, true);
}
