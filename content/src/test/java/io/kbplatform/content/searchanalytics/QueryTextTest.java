package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void foldsWidthCaseAndWhitespace() {
    assertEquals("vip客户 退款", QueryText.normalise("  ＶＩＰ客户\u3000\t退款  "));
    assertEquals("crm 标签", QueryText.normalise("CRM   标签"));
    assertEquals("iphone 15 退货", QueryText.normalise("iPhone １５ 退货"));
  }

  @Test
  void blankAndNullBecomeEmpty() {
    assertEquals("", QueryText.normalise(null));
    assertEquals("", QueryText.normalise(" \n "));
  }

  @Test
  void masksPhoneOrderAndIdNumbers() {
    assertEquals("客户 # 退款", QueryText.normalise("客户 13800138000 退款"));
    assertEquals("订单#查询", QueryText.normalise("订单２０２４１１２２００１查询"));
    assertEquals("电话 #", QueryText.normalise("电话 138-0013-8000"));
    assertEquals("电话 #", QueryText.normalise("电话 138 0013 8000"));
    assertEquals("身份证 #", QueryText.normalise("身份证 11010519491231002X"));
  }

  @Test
  void keepsShortNumbers() {
    assertEquals("24 小时内回复", QueryText.normalise("24 小时内回复"));
    assertEquals("响铃 3-5 声", QueryText.normalise("响铃 3-5 声"));
    assertEquals("es 8.19.21", QueryText.normalise("ES 8.19.21"));
    assertEquals("1234 号", QueryText.normalise("1234 号"));
  }

  @Test
  void masksEmailAddresses() {
    assertEquals("客户 @ 投诉", QueryText.normalise("客户 Zhang.San+vip@Example.com.cn 投诉"));
    assertEquals("@", QueryText.normalise("wang_li@公司.中国"));
  }

  @Test
  void leavesNoDigitsOfAMaskedNumberBehind() {
    String masked = QueryText.normalise("call 0086 138 0013 8000 now");
    assertFalse(masked.matches(".*\\d{2,}.*"), masked);
  }

  @Test
  void cutsTo200CharactersWithoutSplittingASurrogatePair() {
    String longQuery = "退".repeat(199) + "😀" + "款".repeat(10);
    String normalised = QueryText.normalise(longQuery);
    assertTrue(normalised.length() <= QueryText.MAX_LENGTH);
    assertEquals("退".repeat(199), normalised);
    assertEquals(200, QueryText.normalise("a".repeat(500)).length());
  }

  @Test
  void filtersAreShortAndStable() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("tags", List.of("退款", "refund"));
    filters.put("space", List.of("CS"));
    filters.put("status", List.of());
    assertEquals("space=CS; tags=退款,refund", QueryText.filters(filters));
    assertEquals("", QueryText.filters(Map.of()));
    assertEquals("", QueryText.filters(null));
  }
}
