package io.kbplatform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.testsupport.TestNode;
import io.kbplatform.app.testsupport.TestTags;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The index definition and queries against the real Elasticsearch node with the project's analysis
 * plugin: Simplified and Traditional Chinese find each other, full-width and half-width forms fold,
 * pinyin artefacts do not get in the way, and snippets are highlighted.
 */
// Elasticsearch only: no app server, no database.
@Tag(TestTags.NO_OWN_SQL)
class ChineseSearchIT {

  private static SearchCluster cluster;
  private static ArticleIndex index;
  private static final ReadScope EVERYTHING = new ReadScope(true, Set.of(), Set.of(), Set.of());
  private static ArticleSearch search;

  @BeforeAll
  static void createIndex() throws IOException {
    TestNode.ready();
    cluster = new SearchCluster(TestNode.url());
    index = new ArticleIndex(cluster, "it-chinese-" + UUID.randomUUID(), created -> {});
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

  @Test
  void searchIsTrimmedToWhatTheReaderMaySee() throws IOException {
    put("open", "OPEN", "权限测试 公开文章", Set.of("everyone"), Set.of("*"), "PUBLISHED");
    put("tier2", "OPEN", "权限测试 二线文章", Set.of("everyone"), Set.of("group:tier2"), "PUBLISHED");
    put("secret", "HR", "权限测试 人事文章", Set.of("group:hr"), Set.of("*"), "PUBLISHED");
    put("old", "OPEN", "权限测试 归档文章", Set.of("everyone"), Set.of("*"), "ARCHIVED");
    index.refresh();
    ReadScope agent = new ReadScope(false, Set.of("everyone", "user:amy"), Set.of(), Set.of());
    ReadScope tier2 =
        new ReadScope(false, Set.of("everyone", "user:bo", "group:tier2"), Set.of(), Set.of());
    ReadScope hrAdmin =
        new ReadScope(
            false, Set.of("everyone", "user:hu", "group:hr"), Set.of("OPEN"), Set.of("OPEN"));
    ReadScope nobody = new ReadScope(false, Set.of(), Set.of(), Set.of());

    assertEquals(List.of("open"), sortedIds(search.search("权限测试", 10, agent, false)));
    assertEquals(1, search.search("权限测试", 10, agent, false).total(), "totals are trimmed too");
    assertEquals(List.of("open", "tier2"), sortedIds(search.search("权限测试", 10, tier2, false)));
    assertEquals(List.of("tier2"), sortedIds(search.search("二线", 10, tier2, true)));
    assertEquals(
        List.of("old", "open", "secret", "tier2"),
        sortedIds(search.search("权限测试", 10, hrAdmin, true)),
        "administrators of a space see its restricted and archived articles");
    assertEquals(List.of(), sortedIds(search.search("权限测试", 10, nobody, false)));
    assertEquals(
        List.of("open"),
        sortedIds(search.search("权限测试", 10, agent, true)),
        "asking for archived articles shows none outside the spaces one edits");
  }

  @Test
  void anIndexOfAnOlderDefinitionKeepsServingAndAsksForARebuild() throws IOException {
    String alias = "it-upgrade-" + UUID.randomUUID();
    cluster.client().indices().create(c -> c.index(alias + "-v1").aliases(alias, a -> a));
    List<String> created = new java.util.ArrayList<>();
    List<Set<String>> outdated = new java.util.ArrayList<>();
    ArticleIndex upgraded =
        new ArticleIndex(
            cluster, alias, e -> created.add(e.concreteIndex()), e -> outdated.add(e.serving()));
    try {
      upgraded.ensureExists();

      assertEquals(
          Set.of(alias + "-v1"),
          cluster.client().indices().getAlias(a -> a.name(alias)).result().keySet(),
          "the old index keeps serving until a rebuild replaces it");
      assertEquals(List.of(Set.of(alias + "-v1")), outdated, "a rebuild is asked for");
      assertEquals(List.of(), created);
    } finally {
      upgraded.drop();
    }
  }

  private static List<String> sortedIds(SearchResults results) {
    return ids(results).stream().sorted().toList();
  }

  private static SearchResults find(String query, int limit) {
    return search.search(query, limit, EVERYTHING, false);
  }

  private static void assertFirst(String id, String query) {
    SearchResults results = find(query, 10);
    assertFalse(results.hits().isEmpty(), query + " found nothing");
    assertEquals(id, results.hits().get(0).id(), query + " → " + ids(results));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private static void put(String id, String title, String body) throws IOException {
    put(id, "CS", title + "\n" + body, Set.of("everyone"), Set.of("*"), "PUBLISHED");
  }

  private static void put(
      String id,
      String space,
      String titleAndBody,
      Set<String> readers,
      Set<String> restrictedTo,
      String status)
      throws IOException {
    String[] parts = titleAndBody.split("\n", 2);
    String body = parts.length > 1 ? parts[1] : parts[0];
    index.put(
        ArticleDocument.of(
            new PublishedArticle(
                id,
                space,
                null,
                null,
                1,
                parts[0],
                body,
                List.of(),
                "amy",
                ArticleStatus.valueOf(status),
                false,
                Instant.now(),
                Instant.now(),
                readers,
                restrictedTo,
                List.of())));
  }
}
