package io.kbplatform.content.importing.sections;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of sections: doubled headings undone ({@code 制定戰略制定戰略}), and where a heading runs into its
 * text without a line break ({@code 第二章：售後團隊的角色與職責售後團隊是…}) the likely end of the heading: the last
 * word that typically ends a heading (職責, 策略, 重要性…) within the first characters, or the first
 * punctuation mark.
 */
final class SectionTitles {

  /** Headings are rarely longer; a cut-off candidate beyond it is probably text. */
  static final int MAX_INLINE_TITLE = 18;

  private static final int WINDOW = 30;
  private static final int JOINER_BEFORE = 10;
  private static final Pattern STOP = Pattern.compile("[，。；;,！!？?（）()「」“”\"《》\\d\\n]");
  private static final List<String> ENDINGS =
      List.of(
          "意义", "意義", "要素", "框架", "标准", "標準", "重要性", "技巧", "策略", "评估", "評估", "改进", "改進", "职责", "職責",
          "管理", "激励", "激勵", "应对", "應對", "原则", "原則", "步骤", "步驟", "对策", "對策", "展望", "总结", "總結", "引言",
          "概述", "概论", "概論", "体系", "體系", "方法", "案例", "价值", "價值", "机制", "機制", "流程", "目标", "目標", "分析",
          "设计", "設計", "实践", "實踐", "措施", "要求", "规范", "規範", "制度", "作用", "能力", "趋势", "趨勢", "挑战", "挑戰",
          "定义", "定義", "介绍", "介紹", "背景", "角色", "建设", "建設", "提升", "优化", "優化", "处理", "處理", "沟通", "溝通",
          "培训", "培訓", "指南", "须知", "須知", "规定", "規定", "说明", "說明", "概念", "原理", "理念", "模型", "工具", "技能",
          "礼仪", "禮儀", "话术", "話術", "案例分析", "问题", "問題", "现状", "現狀", "意识", "意識", "安抚", "安撫", "时限",
          "時限", "期限", "规则", "規則", "事项", "事項", "权益", "權益", "范围", "範圍", "条件", "條件", "分工", "职能", "職能",
          "误区", "誤區", "准备", "準備", "心态", "心態", "执行", "執行");

  private SectionTitles() {}

  /**
   * A heading written twice in a row, as some extractions do, once: {@code 第一部分甲乙甲乙} → {@code
   * 第一部分甲乙}.
   */
  static String undoubled(String title) {
    for (int half = title.length() / 2; half >= 4; half--) {
      String tail = title.substring(title.length() - half);
      if (title.endsWith(tail + tail)) {
        return title.substring(0, title.length() - half);
      }
    }
    return title;
  }

  /**
   * Where a heading that starts at {@code start} and runs into its text probably ends.
   *
   * @return an index in {@code text}, after {@code start}
   */
  static int inlineEnd(String text, int start) {
    int limit = Math.min(text.length(), start + WINDOW);
    Matcher stop = STOP.matcher(text).region(start, limit);
    if (stop.find()) {
      limit = stop.start();
    }
    String window = text.substring(start, limit);
    int repeat = repeatOfStart(window);
    int bound = Math.min(MAX_INLINE_TITLE, repeat < 0 ? window.length() : repeat);
    boolean[] endsHere = new boolean[window.length() + 1];
    int[] wordFrom = new int[window.length() + 1];
    for (String ending : ENDINGS) {
      for (int at = window.indexOf(ending); at >= 0; at = window.indexOf(ending, at + 1)) {
        int wordEnd = at + ending.length();
        if (wordEnd <= bound) {
          endsHere[wordEnd] = true;
          wordFrom[at] = Math.max(wordFrom[at], wordEnd);
        }
      }
    }
    int end = -1;
    int joiner = firstJoiner(window);
    if (joiner > 0 && joiner < JOINER_BEFORE) {
      for (int i = joiner + 2; i <= bound && end < 0; i++) {
        if (endsHere[i]) {
          end = i;
        }
      }
      // "情緒管理技巧": a heading word right after the first one belongs to the heading too
      while (end > 0 && end < window.length() && wordFrom[end] > end) {
        end = wordFrom[end];
      }
    }
    if (end < 0) {
      for (int i = bound; i > 0 && end < 0; i--) {
        if (endsHere[i]) {
          end = i;
        }
      }
    }
    if (end > 0) {
      return start + end;
    }
    return start + (repeat > 0 ? repeat : Math.min(window.length(), MAX_INLINE_TITLE));
  }

  /** Where "A與B" joins two nouns of a heading, which then ends after the second. */
  private static int firstJoiner(String window) {
    for (int i = 1; i < window.length(); i++) {
      if ("与與和及".indexOf(window.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where the text after a heading starts by repeating the heading's first two characters. */
  private static int repeatOfStart(String window) {
    if (window.length() < 6) {
      return -1;
    }
    int at = window.indexOf(window.substring(0, 2), 4);
    return at;
  }

  /** The title cut to the length a title may have. */
  static String cap(String title, int maxLength) {
    return title.length() <= maxLength ? title : title.substring(0, maxLength - 1) + "…";
  }
}
