package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadingTest {

  @Test
  void chaptersPartsAndMarkdownTitlesRankFirst() {
    assertEquals(1, level("第一章 总则"));
    assertEquals(1, level("第十二部分 附录"));
    assertEquals(1, level("Chapter 3 Refunds"));
    assertEquals(1, level("# 退款政策"));
  }

  @Test
  void sectionsAndChineseEnumerationRankSecond() {
    assertEquals(2, level("第三节 投诉升级"));
    assertEquals(2, level("一、目的"));
    assertEquals(2, level("## 公司介绍"));
  }

  @Test
  void bracketedAndDecimalNumberingRankBelow() {
    assertEquals(3, level("（一）受理范围"));
    assertEquals(3, level("1. 退款条件"));
    assertEquals(4, level("1.1 无理由退款"));
  }

  @Test
  void numberedSentencesAreNotHeadings() {
    assertTrue(Heading.of("1.提供卓越的客户服务，及时解决问题。").isEmpty());
    assertTrue(Heading.of("3.定期培训员工,以提高技能。衡量成果").isEmpty());
    assertTrue(Heading.of("一、客户的需求是多样的，我们要认真倾听每一位客户的意见。").isEmpty());
    assertTrue(Heading.of("本章介绍退款流程").isEmpty());
  }

  @Test
  void markdownMarksAreNotPartOfTheTitle() {
    assertEquals(Optional.of(new Heading(2, "退款时限")), Heading.of("## **退款时限** ##"));
  }

  private static int level(String line) {
    return Heading.of(line).orElseThrow().level();
  }
}
