package io.kbplatform.search.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips the question and filler words of colloquial Chinese queries ({@code 客户很生气怎么办} → {@code
 * 客户很生气}), so that matching counts the words that carry meaning. Never strips a query down to
 * nothing; English is left alone.
 */
final class QuestionWords {

  /** Longest first, so that {@code 怎么办} goes before {@code 怎么}; Traditional forms included. */
  private static final List<String> PHRASES =
      List.of(
          "可不可以", "是不是", "能不能", "有没有", "有沒有", "怎么办", "怎麼辦", "怎么样", "怎麼樣", "为什么", "為什麼", "为啥", "為啥",
          "请问", "請問", "怎么", "怎麼", "如何", "什么", "什麼", "这个", "這個", "那个", "那個", "这么", "這麼", "那么", "那麼",
          "一下", "我们", "我們", "你们", "你們", "咋办", "咋辦");

  /** Sentence-final particles, only at the end of the query or before punctuation. */
  private static final Pattern PARTICLES = Pattern.compile("[吗嗎呢吧啊呀哦]+(?=[\\s\\p{P}]|$)");

  private QuestionWords() {}

  static String strip(String text) {
    String stripped = text;
    for (String phrase : PHRASES) {
      stripped = stripped.replace(phrase, " ");
    }
    stripped =
        PARTICLES
            .matcher(stripped)
            .replaceAll(" ")
            .replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "")
            .replaceAll("\\s+", " ");
    return stripped.codePointCount(0, stripped.length()) >= 2 ? stripped : text;
  }
}
