package io.kbplatform.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private final Chunker chunker = new Chunker();

  @Test
  void aShortArticleIsOneChunkWithTitleFirst() {
    List<String> chunks = chunker.chunks("退款流程", "签收后七天内可申请退款。");

    assertEquals(List.of("退款流程\n\n签收后七天内可申请退款。"), chunks);
  }

  @Test
  void noTextNoChunks() {
    assertEquals(List.of(), chunker.chunks(null, "  \n "));
    assertEquals(List.of("只有标题"), chunker.chunks("只有标题", null));
  }

  @Test
  void paragraphsArePackedUpToTheLimitAndNeverSplitWhenTheyFit() {
    String a = "甲".repeat(200) + "。";
    String b = "乙".repeat(200) + "。";
    String c = "丙".repeat(200) + "。";

    List<String> chunks = chunker.chunks("", a + "\n\n" + b + "\n\n" + c);

    assertEquals(List.of(a + "\n\n" + b, c), chunks);
  }

  @Test
  void aLongParagraphIsCutAtSentenceEnds() {
    String sentence = "客户来电时先确认身份再记录问题".repeat(5) + "。"; // 76 characters
    String paragraph = sentence.repeat(10);

    List<String> chunks = chunker.chunks("", paragraph);

    assertEquals(2, chunks.size());
    for (String chunk : chunks) {
      assertTrue(chunk.length() <= 500, chunk.length() + " characters");
      assertTrue(chunk.endsWith("。"), "ends at a sentence end: " + chunk);
    }
    assertEquals(paragraph, String.join("", chunks));
  }

  @Test
  void semicolonsQuestionMarksAndLineBreaksEndSentencesToo() {
    assertEquals(
        List.of("先查物流；", "再催件！", "还没到？", "联系主管", "Is it late?", "Call us."),
        Sentences.split("先查物流；再催件！还没到？\n联系主管\nIs it late? Call us."));
  }

  @Test
  void aSingleOverlongLatinSentenceIsCutBetweenWords() {
    String sentence = "the agent confirms the order number and the delivery address ".repeat(12);

    List<String> chunks = chunker.chunks("", sentence);

    assertTrue(chunks.size() >= 2);
    for (String chunk : chunks) {
      assertTrue(chunk.length() <= 500);
      String firstWord = chunk.split(" ")[0];
      assertTrue(
          List.of("the", "agent", "confirms", "order", "number", "and", "delivery", "address")
              .contains(firstWord),
          "starts with a whole word: " + firstWord);
    }
  }

  @Test
  void aSingleOverlongChineseSentencePrefersACommaAndIsHardCutOnlyWithoutOne() {
    String clauses = ("收到投诉后十分钟内回应" + "，").repeat(60); // no sentence end at all
    for (String chunk : chunker.chunks("", clauses)) {
      assertTrue(chunk.length() <= 500);
      assertTrue(chunk.endsWith("，") || chunk.endsWith("应"), chunk);
    }

    String unbroken = "字".repeat(1200);
    List<String> hard = chunker.chunks("", unbroken);
    assertEquals(List.of("字".repeat(500), "字".repeat(500), "字".repeat(200)), hard);
  }

  @Test
  void pdfSpacesBetweenChineseCharactersAndPinyinAnnotationsAreRemoved() {
    List<String> chunks = chunker.chunks("客戶體驗(yàn)管理", "請 在 24 小時 內 回覆 客戶。VIP 客户 first");

    assertEquals(List.of("客戶體驗管理\n\n請在 24 小時內回覆客戶。VIP 客户 first"), chunks);
  }

  @Test
  void fullWidthBracketsAndMultiSyllableAnnotationsGoToo() {
    assertEquals("服務體驗很重要", PassageText.clean("服務體驗（tǐ yàn）很重要"));
    assertEquals("保留 (A) 和（注）", PassageText.clean("保留 (A) 和（注）"));
  }

  @Test
  void theNumberOfChunksIsCapped() {
    String paragraph = "段".repeat(450) + "。";
    String huge = (paragraph + "\n\n").repeat(10_000); // about 4.5 million characters

    long start = System.nanoTime();
    List<String> chunks = new Chunker(500, 40).chunks("大文章", huge);

    assertEquals(40, chunks.size());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "bounded work");
  }

  @Test
  void tooSmallLimitsAreRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Chunker(5, 40));
  }
}
