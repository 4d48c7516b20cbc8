package io.kbplatform.search.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.synonym.StarterSetFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the shipped starter synonym sets, all of them at once, do to queries agents type: the other
 * language is reached, colloquial words find the formal ones, ambiguous English words do not drag
 * in unrelated Chinese articles, and the limit of alternatives leaves every matching set a say.
 */
class StarterSetExpansionTest {

  private static final SynonymExpansion STARTER =
      SynonymExpansion.of(
          StarterSetFile.shipped().stream().map(s -> new SynonymGroup(null, s.terms())).toList(),
          new TextNormaliser());

  private static List<String> texts(String query) {
    return STARTER.expand(query).stream().map(QueryAlternative::text).toList();
  }

  @Test
  void englishQueriesAreAlsoSearchedInChinese() {
    assertTrue(texts("refund policy").contains("退款"), texts("refund policy").toString());
    assertTrue(texts("How do I get a refund?").contains("退款"));
    assertTrue(texts("coupon").contains("优惠券"));
    assertTrue(texts("late delivery compensation").contains("物流延迟 赔偿"));
    assertTrue(texts("Tier 2 escalation").contains("投诉升级"));
    assertTrue(texts("password reset").contains("重置密码"));
    assertTrue(texts("international roaming").contains("漫游"));
    assertTrue(texts("complaint handling process").contains("投诉 处理"));
  }

  @Test
  void chineseQueriesAreAlsoSearchedInEnglish() {
    assertTrue(texts("退款政策").contains("refund"), texts("退款政策").toString());
    assertTrue(texts("退款流程").contains("refund"));
    assertTrue(texts("優惠券").contains("coupon"), "Traditional too");
    assertTrue(texts("手机丢了怎么办").contains("lost phone"));
    assertTrue(texts("忘記密碼").contains("reset password"));
    assertTrue(texts("優惠券不能疊加").contains("coupon stacking"), texts("優惠券不能疊加").toString());
  }

  @Test
  void misspeltQueriesAreExpandedAsIfSpeltRight() {
    assertTrue(texts("pasword reset").contains("重置密码"), texts("pasword reset").toString());
    assertTrue(texts("verfication code").contains("验证码"), texts("verfication code").toString());
    assertTrue(texts("esim activaton").contains("esim activation"));
    assertTrue(texts("onbording").contains("入职培训"), texts("onbording").toString());
    assertEquals("宽带断网", texts("宽带段网").get(0), texts("宽带段网").toString());
    assertTrue(texts("宽带段网").contains("broadband disconnected"), texts("宽带段网").toString());
    assertEquals("发票抬头错了", texts("发漂抬头错了").get(0));
  }

  @Test
  void colloquialWordsFindTheFormalOnes() {
    assertTrue(texts("客户很生气怎么办").contains("客户很情绪激动怎么办"));
    assertTrue(texts("登不上去了").contains("无法登录了"));
    assertTrue(texts("手机丢了怎么办").contains("手机丢失怎么办"));
    assertTrue(texts("快递一直不到").contains("物流延迟"));
    assertTrue(texts("这个月话费怎么这么多").contains("这个月账单太高"));
  }

  @Test
  void returnFindsReturnsButNotInOtherSenses() {
    assertTrue(texts("return").contains("退货"));
    assertTrue(texts("return policy").contains("退货"));
    assertTrue(texts("return call").contains("回电"));
    assertTrue(texts("return call").stream().noneMatch(t -> t.contains("退货")), "a callback");
    assertFalse(texts("return to the main menu").contains("退货"), "not about returns");
    assertEquals(List.of(), texts("returned"), "whole words only");
    assertEquals(List.of(), texts("prefund"));
  }

  @Test
  void ambiguousWordsAreNotTranslatedAlone() {
    assertFalse(texts("onboarding plan").contains("入职培训 套餐"), texts("onboarding plan").toString());
    assertTrue(texts("onboarding plan").contains("入职培训"));
    assertFalse(texts("delete my personal data").contains("流量"));
  }

  @Test
  void withManyMatchingSetsEachGetsATurnWithinTheLimit() {
    List<String> alternatives = texts("VIP客户投诉退款发票账单密码");

    assertEquals(SynonymExpansion.MAX_ALTERNATIVES, alternatives.size());
    for (String expected : List.of("退费", "客诉", "大客户", "帐单", "开票", "登录密码")) {
      assertTrue(
          alternatives.stream().anyMatch(a -> a.contains(expected)),
          expected + " in " + alternatives);
    }
  }
}
