package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as personal data in a query, and how it is masked. */
class PersonalDataTest {

  private static String masked(String query) {
    return QueryText.normalise(query);
  }

  @Test
  void chineseAndInternationalPhoneNumbersAreMasked() {
    assertEquals("客户 # 退款", masked("客户 13812345678 退款"));
    assertEquals("电话 #", masked("电话 +86 138 1234 5678"));
    assertEquals("电话 #", masked("电话 +8613812345678"));
    assertEquals("座机 #", masked("座机 021-12345678"));
    assertEquals("座机 #", masked("座机 (021) 12345678"));
    assertEquals("call # now", masked("call +1 415-555-0134 now"));
    assertEquals("回电#谢谢", masked("回电１３８１２３４５６７８谢谢"));
  }

  @Test
  void idCardAndBankCardNumbersAreMasked() {
    assertEquals("身份证 #", masked("身份证 11010519491231002X"));
    assertEquals("身份证#号", masked("身份证11010519491231002x号"));
    assertEquals("卡号 #", masked("卡号 6222 0200 1234 5678 901"));
    assertEquals("卡号 #", masked("卡号 6222020012345678901"));
  }

  @Test
  void emailAddressesAreMasked() {
    assertEquals("客户 @ 投诉", masked("客户 Zhang.San+vip@Example.com.cn 投诉"));
  }

  @Test
  void aSurnameBeforeATitleIsMaskedTheTitleKept() {
    assertEquals("*先生 退款", masked("王先生 退款"));
    assertEquals("客户*女士投诉", masked("客户李女士投诉"));
    assertEquals("*小姐", masked("欧阳小姐"));
    assertEquals("*先生", masked("陳先生"));
    assertEquals("联系*先生", masked("联系张小明先生"));
    assertEquals("complaint from mr. *", masked("Complaint from Mr. Smith"));
    assertEquals("ms * called", masked("Ms Chen called"));
  }

  @Test
  void knownUsersNamesAreMaskedAsWholeWordsOrHanNames() {
    PersonalData masker = PersonalData.knowing(List.of("jdoe42", "张伟", "Wang Fang", "li", "王"));

    assertEquals("* 的工单", QueryText.normalise("JDoe42 的工单", masker));
    assertEquals("投诉*的态度", QueryText.normalise("投诉张伟的态度", masker));
    assertEquals("ticket from *", QueryText.normalise("ticket from Wang  Fang", masker));
    assertEquals("jdoe421 退款", QueryText.normalise("jdoe421 退款", masker), "not a whole word");
    assertEquals("li 王 refund", QueryText.normalise("li 王 refund", masker), "too short to tell");
  }

  @Test
  void ordinaryQueriesAreLeftAlone() {
    for (String query :
        List.of("24 小时内回复", "响铃 3-5 声", "es 8.19.21", "1234 号", "先生 称呼 规范", "vip客户 退款")) {
      assertEquals(QueryText.plain(query), masked(query), query);
      assertFalse(PersonalData.PATTERNS_ONLY.holdsPersonalData(QueryText.plain(query)), query);
    }
    assertTrue(PersonalData.PATTERNS_ONLY.holdsPersonalData("王先生 退款"));
  }
}
