package io.kbplatform.content.article;

/**
 * Starting structures for new articles. A new article created from a template without a body of its
 * own starts with the template's skeleton; headings are bilingual so that either language reads.
 */
public enum ArticleTemplate {
  FAQ(
      "常见问题 FAQ",
      """
      ## 问题 Question

      客户会怎样问？ How do customers ask it?

      ## 回答 Answer

      一两句话给出答案。 The answer in one or two sentences.

      ## 详细说明 Details

      ## 相关文章 Related
      """),
  HOW_TO(
      "操作指南 How-to",
      """
      ## 目的 Goal

      ## 开始之前 Before you start

      ## 步骤 Steps

      1.
      2.
      3.

      ## 结果 Result

      ## 常见错误 Common mistakes
      """),
  TROUBLESHOOTING(
      "故障排查 Troubleshooting",
      """
      ## 症状 Symptoms

      ## 可能原因 Possible causes

      ## 排查步骤 Diagnosis

      1.
      2.

      ## 解决办法 Fix

      ## 升级处理 When to escalate
      """),
  KCS(
      "KCS 知识条目 KCS article",
      """
      ## 问题 Issue

      用客户的话描述问题。 The problem in the customer's words.

      ## 环境 Environment

      产品、版本、渠道。 Product, version, channel.

      ## 解决方案 Resolution

      ## 原因 Cause
      """);

  private final String label;
  private final String body;

  ArticleTemplate(String label, String body) {
    this.label = label;
    this.body = body;
  }

  public String label() {
    return label;
  }

  /** The Markdown a new article of this kind starts with. */
  public String body() {
    return body;
  }
}
