package io.kbplatform.content.diff;

import static io.kbplatform.content.diff.DiffSegment.delete;
import static io.kbplatform.content.diff.DiffSegment.equal;
import static io.kbplatform.content.diff.DiffSegment.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void chineseChangesAreCharacterLevel() {
    assertEquals(
        List.of(equal("客户"), delete("很"), insert("非常"), equal("满意")),
        TextDiff.compare("客户很满意", "客户非常满意"));
  }

  @Test
  void englishChangesAreWordLevel() {
    assertEquals(
        List.of(equal("the "), delete("quick"), insert("slow"), equal(" brown fox")),
        TextDiff.compare("the quick brown fox", "the slow brown fox"));
  }

  @Test
  void mixedTextIsWordLevelForLatinAndCharacterLevelForChinese() {
    assertEquals(
        List.of(equal("VIP客户退"), delete("款"), insert("费")), TextDiff.compare("VIP客户退款", "VIP客户退费"));
    assertEquals(
        List.of(delete("VIP"), insert("SVIP"), equal("客户退款")),
        TextDiff.compare("VIP客户退款", "SVIP客户退款"));
  }

  @Test
  void traditionalAndSimplifiedCharactersDiffer() {
    assertEquals(
        List.of(equal("退款流程"), delete("说"), insert("說"), equal("明")),
        TextDiff.compare("退款流程说明", "退款流程說明"));
    assertEquals(
        List.of(equal("客"), delete("户满"), insert("戶滿"), equal("意")),
        TextDiff.compare("客户满意", "客戶滿意"));
  }

  @Test
  void emojiAndSurrogatePairsStayIntact() {
    assertEquals(
        List.of(equal("好评 "), delete("👍"), insert("👎"), equal(" 𠮷野家")),
        TextDiff.compare("好评 👍 𠮷野家", "好评 👎 𠮷野家"));
    assertEquals(
        List.of(equal("𠮷"), delete("𠮷"), insert("𩸽")), TextDiff.compare("𠮷𠮷", "𠮷𩸽"));
  }

  @Test
  void identicalTextsAreOneEqualSegment() {
    assertEquals(List.of(equal("# 退款\n流程")), TextDiff.compare("# 退款\n流程", "# 退款\n流程"));
    assertEquals(List.of(), TextDiff.compare("", ""));
  }

  @Test
  void emptyBeforeOrAfterIsOneInsertionOrDeletion() {
    assertEquals(List.of(insert("新文章 new")), TextDiff.compare("", "新文章 new"));
    assertEquals(List.of(delete("旧文章 old")), TextDiff.compare("旧文章 old", ""));
  }

  @Test
  void changesAreGroupedDeletionFirst() {
    assertEquals(
        List.of(equal("a "), delete("b c"), insert("x y z"), equal("\nd")),
        TextDiff.compare("a b c\nd", "a x y z\nd"));
  }

  @Test
  void aLoneSpaceBetweenChangesIsFoldedIntoThem() {
    assertEquals(
        List.of(delete("red car"), insert("blue bus"), equal(" parked")),
        TextDiff.compare("red car parked", "blue bus parked"));
  }

  @Test
  void aLoneCjkCharacterBetweenChangesIsFoldedIntoThem() {
    assertEquals(List.of(delete("甲乙丙"), insert("丁乙戊")), TextDiff.compare("甲乙丙", "丁乙戊"));
  }

  @Test
  void longerUnchangedTextBetweenChangesStays() {
    assertEquals(
        List.of(delete("甲"), insert("丁"), equal("乙乙"), delete("丙"), insert("戊")),
        TextDiff.compare("甲乙乙丙", "丁乙乙戊"));
    assertEquals(
        List.of(delete("red"), insert("blue"), equal("\n"), delete("car"), insert("bus")),
        TextDiff.compare("red\ncar", "blue\nbus"));
  }

  @Test
  void markdownEditsAreLocal() {
    List<DiffSegment> diff =
        TextDiff.compare("## 退款流程\n\n1. 登录后台\n2. 点击退款\n", "## 退款流程\n\n1. 登录管理后台\n2. 点击退款\n");
    assertEquals(List.of(equal("## 退款流程\n\n1. 登录"), insert("管理"), equal("后台\n2. 点击退款\n")), diff);
  }

  @Test
  void segmentsSayTheirOpOnTheWireInLowerCase() {
    assertEquals("insert", DiffSegment.Op.INSERT.wireName());
    assertEquals("delete", DiffSegment.Op.DELETE.wireName());
    assertEquals("equal", DiffSegment.Op.EQUAL.wireName());
  }

  @Test
  void replacementsAfterLongUnchangedTextAreStillFound() {
    String common = "知识库 knowledge base ".repeat(2_000);
    List<DiffSegment> diff = TextDiff.compare(common + "旧", common + "新");
    assertEquals(List.of(equal(common), delete("旧"), insert("新")), diff);
    assertTrue(diff.get(0).text().length() > 30_000);
  }
}
