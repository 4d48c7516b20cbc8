package io.kbplatform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.testsupport.NoEvents;
import io.kbplatform.app.testsupport.TestNode;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchHit;
import io.kbplatform.search.query.SearchResults;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index definition and queries against the real Elasticsearch node with the project's analysis
 * plugin: Simplified and Traditional Chinese find each other, full-width and half-width forms fold,
 * pinyin artefacts do not get in the way, and snippets are highlighted.
 */
class ChineseSearchIT {

  private static SearchCluster cluster;
  private static ArticleIndex index;
  private static ArticleSearch search;

  @BeforeAll
  static void createIndex() throws IOException {
    TestNode.ready();
    cluster = new SearchCluster(TestNode.url());
    index = new ArticleIndex(cluster, "it-chinese-" + UUID.randomUUID(), new NoEvents<>());
    search = new ArticleSearch(cluster, index);
    put("trad-complaint", "客戶投訴處理流程", "接到客戶投訴後，應在十分鐘內回覆，並於二十四小時內提出解決方案。");
    put("simp-points", "会员积分兑换规则", "会员积分可以在个人中心兑换礼品，积分有效期为一年。");
    put("trad-pinyin", "客戶體驗(tǐ yàn)管理", "良好的服務體驗(tǐ yàn)來自標準化的流程(liú chéng)。");
    put("vip", "VIP客户专线", "VIP客户拨打专线电话可以优先接入人工客服。");
    put("english", "Refund requests", "Customers can request refunds within 30 days of delivery.");
    index.refresh();
  }

  @AfterAll
  static void dropIndex() throws IOException {
    if (cluster != null) {
      index.drop();
      cluster.close();
    }
  }

  @Test
  void simplifiedQueriesFindTraditionalArticles() {
    assertFirst("trad-complaint", "客户投诉");
    assertFirst("trad-complaint", "二十四小时内解决方案");
  }

  @Test
  void traditionalQueriesFindSimplifiedArticles() {
    assertFirst("simp-points", "會員積分");
    assertFirst("simp-points", "兌換禮品");
  }

  @Test
  void fullWidthLettersFoldToHalfWidth() {
    assertFirst("vip", "ＶＩＰ客戶");
    assertFirst("vip", "vip 客户");
  }

  @Test
  void pinyinArtefactsDoNotBreakPhrases() {
    assertFirst("trad-pinyin", "客户体验管理");
    assertFirst("trad-pinyin", "标准化的流程");
  }

  @Test
  void englishIsLowercasedAndStemmed() {
    assertFirst("english", "REFUND request");
  }

  @Test
  void snippetsMarkTheMatchInTheOriginalScript() {
    SearchHit hit = find("客户投诉", 5).hits().get(0);

    assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
    java.util.regex.Matcher marked =
        java.util.regex.Pattern.compile("<mark>([^<]*)</mark>").matcher(hit.snippet());
    assertTrue(marked.find(), hit.snippet());
    assertTrue(marked.group(1).contains("客戶") || marked.group(1).contains("投訴"), hit.snippet());
  }

  @Test
  void aPastedPassageAsLongAsAllowedIsAnswered() {
    String passage = "接到客户投诉后，应在十分钟内回复，并于二十四小时内提出解决方案。";
    String query = passage.repeat(20).substring(0, 500);

    SearchResults results = find(query, 10);

    assertEquals("trad-complaint", results.hits().get(0).id(), ids(results).toString());
  }

  @Test
  void unrelatedQueriesFindNothing() {
    SearchResults results = find("量子计算机", 10);

    assertEquals(0, results.total(), results.toString());
  }

  @Test
  void aRemovedArticleIsNoLongerFound() throws IOException {
    put("temporary", "临时公告", "系统维护通知");
    index.refresh();
    assertFirst("temporary", "系统维护");

    index.remove("temporary");
    index.refresh();

    assertFalse(ids(find("系统维护", 10)).contains("temporary"));
  }

  private static void assertFirst(String id, String query) {
    SearchResults results = find(query, 10);
    assertFalse(results.hits().isEmpty(), query + " found nothing");
    assertEquals(id, results.hits().get(0).id(), query + " → " + ids(results));
  }

  /** Searches as an administrator, who may read everything. */
  private static SearchResults find(String query, int limit) {
    return search.search(query, limit, new ReadScope(true, Set.of(), Set.of(), Set.of()), false);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private static void put(String id, String title, String body) throws IOException {
    index.put(
        ArticleDocument.of(
            new PublishedArticle(
                id,
                "CS",
                null,
                null,
                1,
                title,
                body,
                List.of(),
                "admin",
                ArticleStatus.PUBLISHED,
                false,
                Instant.now(),
                Instant.now(),
                Set.of(ReadScope.UNRESTRICTED),
                Set.of(ReadScope.UNRESTRICTED),
                List.of())));
  }
}
