package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IcuTokenizerFactoryTest {

  private final Chain chain = new Chain(new IcuTokenizerFactory()::create, List.of(), List.of());

  @Test
  void segmentsChineseIntoDictionaryWords() {
    assertEquals(List.of("客户", "关系", "管理", "系统"), Tokens.terms(chain, "客户关系管理系统"));
  }

  @Test
  void segmentsMixedScriptText() {
    assertEquals(
        List.of("VIP", "客戶", "申請", "退費", "refunds"), Tokens.terms(chain, "VIP客戶申請退費 refunds"));
  }
}
