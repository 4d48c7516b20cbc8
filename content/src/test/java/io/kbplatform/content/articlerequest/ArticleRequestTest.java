package io.kbplatform.content.articlerequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules an agent meets when asking for an article, and an editor when resolving it. */
class ArticleRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private static ArticleRequest open(String query, String space) {
    return ArticleRequest.open(new NewArticleRequest(query, " 客户问了三次 ", space), "amy", NOW);
  }

  @Test
  void theSameQueryInAnotherCaseWidthOrSpacingIsTheSameOpenRequest() {
    ArticleRequest request = open("  ＶＩＰ\u3000会员   退款 ", "CS");

    assertEquals("ＶＩＰ 会员 退款", request.query(), "shown as typed, whitespace tidied");
    assertEquals("vip 会员 退款", request.normalised());
    assertEquals("CS|vip 会员 退款", request.openKey().orElseThrow());
    assertEquals(request.openKey().orElseThrow(), ArticleRequest.openKey("CS", "vip 会员\t退款"));
    assertNotEquals(request.openKey().orElseThrow(), ArticleRequest.openKey(null, "vip 会员 退款"));
    assertEquals("客户问了三次", request.note().orElseThrow());
    assertEquals(ArticleRequestStatus.OPEN, request.status());
  }

  @Test
  void aQueryIsRequiredAndAtMost300Characters() {
    assertThrows(InvalidRequestException.class, () -> open(" \t ", null));
    assertThrows(InvalidRequestException.class, () -> open(null, null));
    assertThrows(InvalidRequestException.class, () -> open("退".repeat(301), null));
    assertEquals(300, open("退".repeat(300), null).query().length());
    assertThrows(
        InvalidRequestException.class,
        () -> ArticleRequest.open(new NewArticleRequest("退款", "注".repeat(2001), null), "a", NOW));
  }

  @Test
  void resolvingClosesTheRequestOnceAndFreesItsKey() {
    ArticleRequest request = open("宽带报修", null);

    request.resolve(
        new Resolution(ArticleRequestStatus.DONE, " 已写好 ", "a-1"), "bob", NOW.plusSeconds(60));

    assertEquals(ArticleRequestStatus.DONE, request.status());
    assertEquals("已写好", request.comment().orElseThrow());
    assertEquals("a-1", request.articleId().orElseThrow());
    assertEquals("bob", request.resolvedBy().orElseThrow());
    assertEquals(NOW.plusSeconds(60), request.resolvedAt().orElseThrow());
    assertFalse(request.openKey().isPresent(), "a later request for the same query may open");
    Resolution again = new Resolution(ArticleRequestStatus.DECLINED, null, null);
    assertThrows(ConflictException.class, () -> request.resolve(again, "bob", NOW));
  }

  @Test
  void resolvingNeedsAnOutcomeAndAShortComment() {
    ArticleRequest request = open("积分兑换", null);

    assertThrows(
        InvalidRequestException.class,
        () -> request.resolve(new Resolution(ArticleRequestStatus.OPEN, null, null), "b", NOW));
    assertThrows(
        InvalidRequestException.class,
        () -> request.resolve(new Resolution(null, null, null), "b", NOW));
    assertThrows(
        InvalidRequestException.class,
        () ->
            request.resolve(
                new Resolution(ArticleRequestStatus.DECLINED, "长".repeat(501), null), "b", NOW));
    assertTrue(request.status().isOpen());
  }

  @Test
  void aVeryLongNormalisedFormIsCutWithoutSplittingASurrogatePair() {
    String query = "𠀀".repeat(150); // 300 UTF-16 units
    assertEquals(300, RequestedQuery.normalise(query, 300).length());
    assertEquals(299, RequestedQuery.normalise("a" + query, 300).length());
  }
}
