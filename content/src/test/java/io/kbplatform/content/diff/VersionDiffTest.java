package io.kbplatform.content.diff;

import static io.kbplatform.content.diff.DiffSegment.delete;
import static io.kbplatform.content.diff.DiffSegment.equal;
import static io.kbplatform.content.diff.DiffSegment.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

  @Test
  void comparesTitleBodyAndTags() {
    VersionDiff diff =
        VersionDiff.between(
            "退款流程",
            "客户很满意",
            List.of("退款", "VIP", "旧流程"),
            "退费流程",
            "客户非常满意",
            List.of("VIP", "退费", "退款"));

    assertEquals(List.of(equal("退"), delete("款"), insert("费"), equal("流程")), diff.title());
    assertEquals(List.of(equal("客户"), delete("很"), insert("非常"), equal("满意")), diff.body());
    assertEquals(List.of("退费"), diff.tags().added());
    assertEquals(List.of("旧流程"), diff.tags().removed());
    assertEquals(List.of("VIP", "退款"), diff.tags().unchanged());
    assertFalse(diff.isUnchanged());
  }

  @Test
  void statsCountCharactersAcrossTitleAndBody() {
    VersionDiff diff =
        VersionDiff.between("退款流程", "客户很满意 😀", List.of(), "退费流程", "客户非常满意 😀", List.of());

    // title: 1 deleted, 1 inserted, 3 unchanged; body: 1 deleted, 2 inserted, 6 unchanged (😀 is
    // one)
    assertEquals(new DiffStats(3, 2, 9), diff.stats());
  }

  @Test
  void tagsKeepTheirOrderAndIgnoreDuplicates() {
    TagDiff tags = TagDiff.between(List.of("c", "a", "b", "a"), List.of("d", "b", "e", "c"));

    assertEquals(List.of("d", "e"), tags.added());
    assertEquals(List.of("a"), tags.removed());
    assertEquals(List.of("b", "c"), tags.unchanged());
  }

  @Test
  void identicalVersionsAreUnchanged() {
    VersionDiff diff = VersionDiff.between("标题", "正文", List.of("x"), "标题", "正文", List.of("x"));

    assertTrue(diff.isUnchanged());
    assertEquals(List.of(equal("正文")), diff.body());
    assertEquals(new DiffStats(0, 0, 4), diff.stats());
  }
}
