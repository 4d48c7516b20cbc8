package io.kbplatform.content.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The starter synonym file: its format, and the shipped file itself. */
class StarterSetFileTest {

  private static List<StarterSet> parse(String text) throws IOException {
    return StarterSetFile.parse(new StringReader(text));
  }

  @Test
  void aLineIsAKeyAndCommaSeparatedTermsAndCommentsAreSkipped() throws IOException {
    List<StarterSet> sets =
        parse(
            "# refunds\n\n"
                + "refund: 退款, 退费 ,refund, money back\n"
                + "  angry [zh]: 生气，愤怒\n"
                + "cancel-en [en]: cancel, cancellation\n");

    assertEquals(
        List.of(
            new StarterSet(
                "refund",
                StarterSet.Languages.BILINGUAL,
                List.of("退款", "退费", "refund", "money back")),
            new StarterSet("angry", StarterSet.Languages.CHINESE, List.of("生气", "愤怒")),
            new StarterSet(
                "cancel-en", StarterSet.Languages.ENGLISH, List.of("cancel", "cancellation"))),
        sets);
  }

  @Test
  void aBilingualSetNeedsAChineseAndALatinTerm() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse("# x\nangry: 生气, 愤怒\n"));
    assertTrue(e.getMessage().startsWith("Line 2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("x: refund, money back\n"));
  }

  @Test
  void aSameLanguageSetMustKeepToItsLanguage() {
    assertThrows(IllegalArgumentException.class, () -> parse("angry [zh]: 生气, angry\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("cancel [en]: cancel, 取消\n"));
  }

  @Test
  void brokenLinesAreRefusedWithTheirNumber() {
    for (String bad :
        List.of(
            "no colon here",
            "Upper: 退款, refund",
            "refund: 退款",
            "refund: 退款, refund\nrefund: 退费, refund",
            "refund: 退, refund",
            "refund: 退款, , refund",
            "refund: 退款, " + "x".repeat(51),
            "k".repeat(41) + ": 退款, refund")) {
      assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
    }
  }

  @Test
  void theShippedStarterSetIsLargeAndEverySetIsBilingualOrMarkedSameLanguage() {
    List<StarterSet> sets = StarterSetFile.shipped();

    assertTrue(sets.size() >= 150, "at least 150 sets: " + sets.size());
    assertTrue(sets.size() <= SynonymService.MAX_SETS_PER_SCOPE, "fits in the global scope");
    long bilingual =
        sets.stream().filter(s -> s.languages() == StarterSet.Languages.BILINGUAL).count();
    assertTrue(bilingual >= 150, "at least 150 Chinese ⇄ English sets: " + bilingual);
    Set<String> keys = new HashSet<>();
    for (StarterSet set : sets) {
      assertTrue(keys.add(set.key()), "unique key " + set.key());
      long chinese = set.terms().stream().filter(Scripts::isChinese).count();
      long latin = set.terms().stream().filter(Scripts::isLatin).count();
      switch (set.languages()) {
        case BILINGUAL -> assertTrue(chinese >= 1 && latin >= 1, set.toString());
        case CHINESE -> assertEquals(set.terms().size(), chinese, set.toString());
        case ENGLISH -> assertEquals(0, chinese, set.toString());
      }
      assertEquals(set.terms(), SynonymTerms.checked(set.terms()), "valid as any set: " + set);
    }
  }

  @Test
  void theShippedStarterSetCoversTheContactCentreBasics() {
    List<StarterSet> sets = StarterSetFile.shipped();
    for (List<String> pair :
        List.of(
            List.of("退款", "refund"),
            List.of("退货", "return"),
            List.of("换货", "exchange"),
            List.of("投诉", "complaint"),
            List.of("发票", "invoice"),
            List.of("优惠券", "coupon"),
            List.of("密码", "password"),
            List.of("账号", "account"),
            List.of("快递", "delivery"),
            List.of("保修", "warranty"),
            List.of("话费", "bill"),
            List.of("漫游", "roaming"),
            List.of("宽带", "broadband"),
            List.of("客服", "customer service"),
            List.of("工单", "ticket"),
            List.of("投诉升级", "escalation"),
            List.of("会员", "vip"),
            List.of("验证码", "verification code"),
            List.of("套餐", "mobile plan"),
            List.of("流量", "mobile data"),
            List.of("生气", "情绪激动"),
            List.of("登不上", "无法登录"),
            List.of("丢了", "丢失"))) {
      assertTrue(sets.stream().anyMatch(s -> s.terms().containsAll(pair)), "a set holds " + pair);
    }
  }
}
