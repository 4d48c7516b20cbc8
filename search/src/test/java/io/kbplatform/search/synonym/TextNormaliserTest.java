package io.kbplatform.search.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Text is folded as the index folds it before synonyms are looked up. */
class TextNormaliserTest {

  private final TextNormaliser normaliser = new TextNormaliser();

  @Test
  void traditionalBecomesSimplified() {
    assertEquals("退费", normaliser.normalise("退費"));
    assertEquals("客户投诉处理", normaliser.normalise("客戶投訴處理"));
  }

  @Test
  void fullWidthBecomesHalfWidthAndCaseFolds() {
    assertEquals("refund", normaliser.normalise("ｒｅｆｕｎｄ"));
    assertEquals("vip 客户", normaliser.normalise("ＶＩＰ　客戶"));
    assertEquals("crm 标签", normaliser.normalise("  CRM \t 標籤 "));
  }

  @Test
  void nothingStaysNothing() {
    assertEquals("", normaliser.normalise(null));
    assertEquals("", normaliser.normalise(""));
  }

  @Test
  void concurrentUseGivesTheSameAnswers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers =
          IntStream.range(0, 400)
              .mapToObj(i -> pool.submit(() -> normaliser.normalise("會員積分兌換禮品 " + (i % 3))))
              .toList();
      for (int i = 0; i < answers.size(); i++) {
        assertEquals("会员积分兑换礼品 " + (i % 3), answers.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
