package io.kbplatform.search.synonym;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Words that ask rather than say what about: question and function words, and words that name a
 * kind of article rather than a subject (policy, 流程). A query whose every other word belongs to a
 * synonym set is about those sets' subjects only, and may be searched in the other language by them
 * alone ({@code refund policy} as 退款, {@code 退款政策} as refund).
 */
final class GenericWords {

  private static final Set<String> LATIN =
      Set.of(
          "a",
          "an",
          "the",
          "my",
          "our",
          "your",
          "his",
          "her",
          "their",
          "its",
          "i",
          "me",
          "we",
          "you",
          "he",
          "she",
          "they",
          "it",
          "is",
          "are",
          "am",
          "was",
          "were",
          "be",
          "been",
          "do",
          "does",
          "did",
          "can",
          "could",
          "would",
          "should",
          "will",
          "may",
          "might",
          "must",
          "how",
          "what",
          "why",
          "when",
          "where",
          "which",
          "who",
          "to",
          "for",
          "of",
          "on",
          "in",
          "at",
          "with",
          "about",
          "from",
          "by",
          "and",
          "or",
          "please",
          "help",
          "get",
          "got",
          "want",
          "need",
          "policy",
          "policies",
          "process",
          "procedure",
          "procedures",
          "step",
          "steps",
          "rule",
          "rules",
          "info",
          "faq",
          "question",
          "questions",
          "issue",
          "issues",
          "problem",
          "problems",
          "plan",
          "plans",
          "item",
          "items",
          "product",
          "products",
          "customer",
          "customers",
          "client",
          "long",
          "take",
          "takes",
          "much",
          "many",
          "s",
          "t",
          "don",
          "doesn",
          "didn");

  /** Longest first, so that 怎么办 goes before 怎么. */
  private static final List<String> CHINESE =
      List.of(
              "怎么办", "怎么样", "怎么", "怎样", "如何", "什么", "为什么", "是不是", "能不能", "可不可以", "可以", "能否", "请问",
              "一下", "流程", "政策", "规定", "规则", "步骤", "说明", "办法", "方法", "问题", "注意事项", "不可以", "不能", "不",
              "计划", "客户", "很", "一直", "还", "我的", "吗", "呢", "吧", "啊", "呀", "了", "的", "我", "你", "您",
              "要", "想", "能", "会", "是", "在", "有", "和", "与", "及", "或", "请")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  private GenericWords() {}

  /** Whether a normalised text holds nothing but generic words, punctuation and spaces. */
  static boolean onlyGeneric(String text) {
    String rest = text;
    for (String word : CHINESE) {
      rest = rest.replace(word, " ");
    }
    for (String token : rest.split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty() && !LATIN.contains(token)) {
        return false;
      }
    }
    return true;
  }
}
