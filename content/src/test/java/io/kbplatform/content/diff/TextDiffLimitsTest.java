package io.kbplatform.content.diff;

import static io.kbplatform.content.diff.TextDiffPropertyTest.rebuild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.diff.DiffSegment.Op;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile sizes: article bodies may be 1,000,000 characters. */
class TextDiffLimitsTest {

  private static final int BODY = 1_000_000;
  private static final Duration FAST = Duration.ofSeconds(5);

  @Test
  void twoDifferentMillionCharacterBodiesAreComparedQuickly() {
    String before = randomBody(new Random(1), BODY, "客户退款满意的了 the a fox\n");
    String after = randomBody(new Random(2), BODY, "客户退费非常满意 the an cat\n");

    List<DiffSegment> diff = assertTimeoutPreemptively(FAST, () -> TextDiff.compare(before, after));

    assertEquals(before, rebuild(diff, Op.DELETE));
    assertEquals(after, rebuild(diff, Op.INSERT));
  }

  @Test
  void millionCharacterBodiesWithoutNewlinesAreComparedQuickly() {
    String before = randomBody(new Random(3), BODY, "的了是");
    String after = randomBody(new Random(4), BODY, "的了是");

    List<DiffSegment> diff = assertTimeoutPreemptively(FAST, () -> TextDiff.compare(before, after));

    assertEquals(before, rebuild(diff, Op.DELETE));
    assertEquals(after, rebuild(diff, Op.INSERT));
  }

  @Test
  void aSmallEditInAMillionCharactersIsExact() {
    String half = randomBody(new Random(5), BODY / 2, "客户退款满意 the fox\n");

    List<DiffSegment> diff =
        assertTimeoutPreemptively(
            FAST, () -> TextDiff.compare(half + "很" + half, half + "非常" + half));

    assertEquals(
        List.of(
            DiffSegment.equal(half),
            DiffSegment.delete("很"),
            DiffSegment.insert("非常"),
            DiffSegment.equal(half)),
        diff);
  }

  @Test
  void scatteredEditsInAMillionCharactersAreFoundLineByLineThenWordByWord() {
    String before = randomBody(new Random(6), BODY, "客户退款满意的了是 the quick fox a\n");
    StringBuilder edited = new StringBuilder(before);
    Random random = new Random(7);
    for (int i = 0; i < 800; i++) {
      int at = random.nextInt(edited.length());
      edited.replace(at, at + 1, "改");
    }
    String after = edited.toString();

    List<DiffSegment> diff = assertTimeoutPreemptively(FAST, () -> TextDiff.compare(before, after));

    assertEquals(before, rebuild(diff, Op.DELETE));
    assertEquals(after, rebuild(diff, Op.INSERT));
    DiffStats stats = DiffStats.of(diff);
    assertTrue(stats.deleted() < 10_000, "edits are word- or character-level: " + stats);
    assertTrue(stats.unchanged() > BODY - 10_000, "the rest is unchanged: " + stats);
  }

  @Test
  void textsTooDifferentToDiffByTokensOrLinesBecomeOneReplacement() {
    String before = "相同开头" + randomBody(new Random(8), 90_000, "的了是") + "相同结尾";
    String after = "相同开头" + randomBody(new Random(9), 90_000, "的了是") + "相同结尾";

    List<DiffSegment> diff = assertTimeoutPreemptively(FAST, () -> TextDiff.compare(before, after));

    assertEquals(
        List.of(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL),
        diff.stream().map(DiffSegment::op).toList());
    assertEquals(before, rebuild(diff, Op.DELETE));
    assertEquals(after, rebuild(diff, Op.INSERT));
  }

  private static String randomBody(Random random, int length, String alphabet) {
    StringBuilder body = new StringBuilder(length);
    while (body.length() < length) {
      body.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return body.toString();
  }
}
