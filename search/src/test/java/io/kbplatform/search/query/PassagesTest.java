package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The passage an agent reads out: whole sentences, the query's words marked, the rest escaped. */
class PassagesTest {

  private static String passage(String snippet, String query) {
    return Passages.of(snippet, QueryTerms.of(query));
  }

  @Test
  void theMarkedSentenceOfAFragmentIsThePassageNotTheStartOfTheFragment() {
    String snippet = "退款须知。请先核对订单号码与付款方式。<mark>退款</mark>一般在三到五个工作日内<mark>到账</mark>。如有疑问请联系客服。";

    assertEquals("<mark>退款</mark>一般在三到五个工作日内<mark>到账</mark>。", passage(snippet, "退款多久到账"));
  }

  @Test
  void anUnmarkedFragmentIsMarkedWithTheQueryWordsInTraditionalOrSimplified() {
    String snippet = "付款說明\n本店支持信用卡付款。退款一般在三到五個工作日內到賬，節假日順延。";

    assertEquals("<mark>退款</mark>一般在三到五個工作日內<mark>到賬</mark>，節假日順延。", passage(snippet, "退款多久到账"));
    assertEquals("<mark>退款</mark>一般在三到五個工作日內<mark>到賬</mark>，節假日順延。", passage(snippet, "退款多久到賬"));
  }

  @Test
  void aSimplifiedTextIsMarkedForATraditionalQuery() {
    assertEquals("<mark>申请退款</mark>后三天内到账。", passage("我们的服务时间是九点到六点。申请退款后三天内到账。", "申請退款"));
  }

  @Test
  void aHeadingGivesWayToTheTextUnderItAndIsNeverThePassageAlone() {
    String snippet = "<mark>退款</mark>多久<mark>到账</mark>\n原路退回的款项在三到五个工作日内返还，银行处理时间另计。";

    String passage = passage(snippet, "退款多久到账");

    assertEquals("原路退回的款项在三到五个工作日内返还，银行处理时间另计。", passage);
  }

  @Test
  void aShortSentenceTakesTheNextSentenceOfItsParagraph() {
    String snippet = "先安撫<mark>客戶</mark>情緒。再記錄問題。\n\n另一段落的內容。";

    assertEquals("先安撫<mark>客戶</mark>情緒。再記錄問題。", passage(snippet, "客戶"));
  }

  @Test
  void mixedEnglishAndChineseWordsAreMarkedWholeAndTheRestIsEscaped() {
    String snippet = "Login help.\nReset your <Password> via the 账户 page & wait. Other text here.";

    String passage = passage(snippet, "password 账户");

    assertEquals(
        "Reset your &lt;<mark>Password</mark>&gt; via the <mark>账户</mark> page &amp; wait.",
        passage);
  }

  @Test
  void latinWordsAreMarkedOnlyAtTheStartOfAWord() {
    assertEquals(
        "Please <mark>log</mark> in to the catalog.",
        passage("Please log in to the catalog.", "log"));
  }

  @Test
  void aTableRowKeepsItsCellsApart() {
    String snippet = "退款方式   到账时间\n  原路退回   三到五个工作日  \n  余额   即时  ";

    String passage = passage(snippet, "原路退回");

    assertEquals("<mark>原路退回</mark> | 三到五个工作日", passage);
  }

  @Test
  void aPassageFoundByMeaningWithoutTheQueryWordsIsItsFirstSentenceUnmarked() {
    String chunk = "优惠券使用规则\n每张订单只能使用一张优惠券。优惠券不可叠加，也不能兑换现金。";

    String passage = passage(SemanticHits.escape(chunk), "折扣能一起用吗");

    assertFalse(passage.contains("<mark>"), passage);
    assertEquals("每张订单只能使用一张优惠券。", passage);
  }

  @Test
  void aPassageFoundByMeaningIsTheChunkSentenceWithTheQueryWords() {
    String chunk = "客户来电时先核实身份。如果客户要求删除个人数据，请提交数据删除工单。处理时限为三十天。";

    assertEquals(
        "如果客户要求删除个人<mark>数据</mark>，请提交<mark>数据</mark>删除工单。",
        passage(SemanticHits.escape(chunk), "怎么注销数据"));
  }

  @Test
  void entitiesOfTheSnippetStayEscapedAndNoMarkupLeaks() {
    String passage =
        passage("a &lt;b&gt; &amp; <mark>refund</mark> &#x2F; &quot;c&quot;.", "refund");

    assertEquals("a &lt;b&gt; &amp; <mark>refund</mark> &#x2F; &quot;c&quot;.", passage);
  }

  @Test
  void anEmptySnippetHasNoPassage() {
    assertEquals("", passage("", "refund"));
    assertEquals("", passage(null, "refund"));
  }

  @Test
  void foldingKeepsEveryCharacterInItsPlace() {
    String text = "ＲＥＦＵＮＤ退費說明Ａ";

    assertEquals(text.length(), QueryTerms.fold(text).length());
    assertEquals("refund退费说明a", QueryTerms.fold(text));
  }
}
