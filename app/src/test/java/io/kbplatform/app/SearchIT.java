package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search as an agent uses it, over HTTP against the real node with our plugin: facets and filters,
 * cursor paging, order, highlighting, typo tolerance and "did you mean", autocomplete, ranking
 * signals and mixed Chinese/English queries, each trimmed to what the searcher may read.
 */
@KbServerTest
class SearchIT {

  static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

  @ServerUrl URL url;

  private Api admin;
  private Api agent;
  private String marker;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    agent = admin.newUser("AGENT");
    marker = word();
    TestNode.ready();
  }

  @Test
  void facetsCountOnlyReadableMatchesAndEachFacetIgnoresItsOwnSelection() {
    String sales = admin.newSpace();
    String service = admin.newSpace();
    String secret = restrictedSpace();
    List<String> ids = new ArrayList<>();
    ids.add(article(sales, marker + " 退款流程", "退款 " + marker, List.of("退款", "流程"), "HOW_TO"));
    ids.add(article(sales, marker + " 退款时限", "时限 " + marker, List.of("退款"), "FAQ"));
    ids.add(article(sales, marker + " 发票", "发票 " + marker, List.of("发票"), "FAQ"));
    ids.add(article(service, marker + " 投诉处理", "投诉 " + marker, List.of("投诉"), "FAQ"));
    ids.add(article(secret, marker + " 内部价格", "内部 " + marker, List.of("退款"), "FAQ"));
    awaitIndexed(admin, marker, 5);

    JsonNode all = search(agent, marker, "").json();
    assertEquals(4, all.get("total").asInt(), "the restricted space's article is not counted");
    assertEquals(Map.of(sales, 3, service, 1), counts(all, "space"));
    assertEquals(Map.of("退款", 2, "流程", 1, "发票", 1, "投诉", 1), counts(all, "tags"));
    assertEquals(Map.of("FAQ", 3, "HOW_TO", 1), counts(all, "template"));
    assertEquals(Map.of("verified", 4), counts(all, "verification"));
    assertEquals(4, counts(all, "updated").get("7d"));

    JsonNode onlySales = search(agent, marker, "&space=" + sales + "&template=FAQ").json();
    assertEquals(2, onlySales.get("total").asInt());
    assertEquals(
        Map.of(sales, 2, service, 1),
        counts(onlySales, "space"),
        "the space facet still counts other spaces under the template selection");
    assertEquals(
        Map.of("FAQ", 2, "HOW_TO", 1),
        counts(onlySales, "template"),
        "the template facet counts within the selected space, ignoring its own selection");

    JsonNode both = search(agent, marker, "&space=" + sales + "&space=" + service).json();
    assertEquals(4, both.get("total").asInt(), "values of one facet are alternatives");

    Reply unknown = search(agent, marker, "&colour=red");
    assertEquals(200, unknown.status(), "unknown parameters are ignored like elsewhere");
    Reply badBucket = search(agent, marker, "&updated=yesterday");
    assertEquals(400, badBucket.status(), badBucket.toString());
    assertEquals("application/problem+json", badBucket.contentType());
  }

  @Test
  void cursorPagesWalkEveryMatchOnceInEitherOrder() {
    String space = admin.newSpace();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      ids.add(article(space, marker + " 第" + i + "篇", "正文 " + marker + " " + i, List.of(), null));
    }
    awaitIndexed(admin, marker, 5);

    for (String sort : List.of("relevance", "recency")) {
      List<String> seen = new ArrayList<>();
      Reply page = search(agent, marker, "&limit=2&sort=" + sort);
      int pages = 0;
      while (true) {
        assertEquals(200, page.status(), page.toString());
        pages++;
        page.json().get("hits").forEach(h -> seen.add(h.get("id").asText()));
        String next = text(page.json(), "next");
        if (next == null) {
          assertNull(page.header("Link"));
          break;
        }
        assertTrue(page.header("Link").contains("rel=\"next\""));
        assertTrue(pages < 5, "paging ends");
        URI nextUri = URI.create(next);
        page = agent.get(nextUri.getRawPath() + "?" + nextUri.getRawQuery());
        assertTrue(page.json().get("facets").isEmpty(), "facets come with the first page only");
      }
      assertEquals(3, pages, sort);
      assertEquals(ids, new HashSet<>(seen), sort + ": every match once");
      assertEquals(5, seen.size(), sort + ": no duplicates");
    }

    Reply forged = search(agent, marker, "&after=bm90LWEtY3Vyc29y");
    assertEquals(400, forged.status(), forged.toString());
    String relevanceCursor = cursor(search(agent, marker, "&limit=2").json());
    Reply otherOrder = search(agent, marker, "&sort=recency&after=" + relevanceCursor);
    assertEquals(400, otherOrder.status(), "a cursor belongs to its order");
  }

  @Test
  void recencyPutsTheLastUpdatedFirst() {
    String space = admin.newSpace();
    String older = article(space, marker + " 旧说明", "说明 " + marker, List.of(), null);
    String newer =
        article(space, marker + " " + marker + " 新说明", marker + " " + marker, List.of(), null);
    awaitIndexed(admin, marker, 2);
    Reply edited =
        admin.send(
            "PUT",
            "/api/articles/" + older,
            articleBody(space, marker + " 旧说明（修订）", "说明 " + marker),
            "If-Match",
            etag(older));
    assertEquals(200, edited.status(), edited.toString());
    admin.publish(older);
    agent.searchUntil(marker, r -> r.body().contains("修订"), INDEXED_WITHIN);

    assertEquals(List.of(newer, older), ids(search(agent, marker, "").json()), "relevance");
    assertEquals(List.of(older, newer), ids(search(agent, marker, "&sort=recency").json()));
  }

  @Test
  void snippetsShowTheBestFragmentsEscapedWithMarksOnly() {
    String space = admin.newSpace();
    String filler = "客服人员应当耐心倾听客户的诉求并做好记录。".repeat(12);
    String body = "开头提到 <b>" + marker + "</b> 的处理。\n\n" + filler + "\n\n结尾再次说明 " + marker + " 的时限。";
    String id = article(space, "说明 " + marker, body, List.of(), null);
    awaitIndexed(admin, marker, 1);

    JsonNode hit = search(agent, marker, "").json().get("hits").get(0);
    assertEquals(id, hit.get("id").asText());
    assertTrue(hit.get("fragments").size() >= 2, "both distant mentions: " + hit);
    String all = hit.get("fragments").toString() + hit.get("snippet").asText();
    assertTrue(all.contains("&lt;b&gt;<mark>" + marker + "</mark>&lt;&#x2F;b&gt;"), all);
    assertFalse(all.replace("<mark>", "").replace("</mark>", "").contains("<"), all);
    assertEquals("说明 <mark>" + marker + "</mark>", hit.get("highlightedTitle").asText());
  }

  @Test
  void misspelledEnglishStillFindsTheArticleAndDidYouMeanOffersOnlyVisibleWords() {
    String space = admin.newSpace();
    String secret = restrictedSpace();
    String reset =
        article(
            space,
            "Password reset for " + marker,
            "Unlock the account, then reset the password.",
            List.of(),
            null);
    String hidden = word() + "ography";
    article(secret, "Internal " + hidden, hidden + " notes " + marker, List.of(), null);
    awaitIndexed(admin, marker, 2);

    JsonNode typo = search(agent, "pasword reset", "&space=" + space).json();
    assertEquals(List.of(reset), ids(typo), "one wrong letter still finds it");
    JsonNode corrected = search(agent, "pasword", "&space=" + space).json();
    assertEquals("password", text(corrected, "didYouMean"), corrected.toString());

    String misspelledHidden = hidden.substring(0, hidden.length() - 2) + "yy";
    JsonNode nothing = search(agent, misspelledHidden, "").json();
    assertEquals(0, nothing.get("total").asInt());
    assertNull(
        text(nothing, "didYouMean"),
        "a correction that only restricted articles contain is not offered: " + nothing);
    JsonNode forAdmin = search(admin, misspelledHidden, "").json();
    assertEquals(hidden, text(forAdmin, "didYouMean"), "but is offered to who may see it");
  }

  @Test
  void didYouMeanNeverOffersAWordOnlyRestrictedArticlesHoldHoweverMuchElseTheQueryMatches() {
    String space = admin.newSpace();
    String secret = restrictedSpace();
    article(
        space,
        "Unlock the account " + marker,
        "Unlock the account, reset the password, confirm the phone.",
        List.of(),
        null);
    String hidden = word() + "ography";
    article(secret, "Internal " + hidden, hidden + " notes " + marker, List.of(), null);
    awaitIndexed(admin, marker, 2);
    String misspelled = hidden.substring(0, hidden.length() - 2) + "yy";

    // four words: the corrected query needs only 60% of them, so the readable article matched it
    // and the hidden word leaked through the check of the whole corrected query
    String query = misspelled + " unlock account password";
    // only this test's spaces: other tests' articles on accounts and passwords (and their
    // synonyms) would otherwise make the results too many to need a correction at all
    String spaces = "&space=" + space + "&space=" + secret;
    JsonNode forAgent = search(agent, query, spaces).json();
    String offered = text(forAgent, "didYouMean");
    assertTrue(
        offered == null || !offered.contains(hidden),
        "a word only restricted articles hold is never offered: " + forAgent);
    JsonNode forAdmin = search(admin, query, spaces).json();
    String forWhoMayRead = text(forAdmin, "didYouMean");
    assertTrue(
        forWhoMayRead != null && forWhoMayRead.startsWith(hidden + " "),
        "but is offered to who may read it: " + forAdmin);
  }

  @Test
  void autocompleteSuggestsReadableTitlesFromTheFirstCharacters() {
    String space = admin.newSpace();
    String secret = restrictedSpace();
    String open = article(space, marker + "退款申请指南", "正文", List.of(), null);
    article(secret, marker + "退款内部折扣", "正文", List.of(), null);
    awaitIndexed(admin, marker, 2);

    JsonNode typed = suggest(agent, marker + "退").json();
    assertEquals(List.of(open), texts(typed.get("titles"), "id"), "the restricted title never");
    assertTrue(typed.get("titles").get(0).get("highlighted").asText().contains("<mark>"));
    assertEquals(2, suggest(admin, marker + "退款").json().get("titles").size());
    assertEquals(400, suggest(agent, " ").status());
  }

  @Test
  void popularQueriesAreSuggestedOnlyToThoseWhoCanReadWhatTheyFind() {
    String open = admin.newSpace();
    String secret = restrictedSpace();
    article(open, "开通 " + marker + " 国际漫游", "出国前开通国际漫游。", List.of(), null);
    String hidden = word();
    String hiddenId = article(secret, "内部 " + hidden + " 价格表", "内部资料。", List.of(), null);
    awaitIndexed(admin, marker, 1);
    awaitIndexed(admin, hidden, 1);
    // a query becomes a suggestion only once several distinct users searched it
    for (int i = 0; i < 3; i++) {
      search(i == 0 ? agent : admin.newUser("AGENT"), marker + " 漫游", "");
      Api searcher = i == 0 ? admin : readerOf(secret);
      // a grant reaches the index a moment after it is made (outbox, refresh): a reader searching
      // before that cannot find the article, so only their search once they can counts
      searcher.searchUntil(
          hidden + " 价格",
          r -> r.status() == 200 && ids(r.json()).contains(hiddenId),
          INDEXED_WITHIN);
    }

    List<String> forAdmin =
        eventually(
            "a suggestion for '" + hidden.substring(0, 6) + "'",
            Duration.ofSeconds(30),
            () -> Api.texts(suggest(admin, hidden.substring(0, 6)).json().get("queries")),
            queries -> !queries.isEmpty());
    assertEquals(
        List.of(hidden + " 价格"),
        forAdmin,
        "a popular query finding readable articles; popular: "
            + admin.get("/api/analytics/search/popular-queries?prefix=" + hidden.substring(0, 6))
            + " search: "
            + search(admin, hidden + " 价格", ""));
    assertEquals(
        List.of(marker + " 漫游"),
        Api.texts(suggest(agent, marker.substring(0, 6)).json().get("queries")));
    assertEquals(
        List.of(),
        Api.texts(suggest(agent, hidden.substring(0, 6)).json().get("queries")),
        "another user's query is not suggested to whom it finds nothing");
  }

  @Test
  void helpfulVotesLiftAnEqualMatchButNotAWorseOne() {
    String space = admin.newSpace();
    String plain = article(space, "话术 " + marker, "遇到 " + marker + " 时这样回复客户。", List.of(), null);
    String liked =
        article(space, "话术 " + marker + " ", "遇到 " + marker + " 时这样回复客户。", List.of(), null);
    String weak =
        article(
            space, "其他说明", "附带提到 " + marker + "，但主要讲别的内容。" + "无关内容。".repeat(40), List.of(), null);
    awaitIndexed(admin, marker, 3);
    for (int i = 0; i < 4; i++) {
      Api voter = admin.newUser("AGENT");
      assertEquals(
          201,
          voter
              .post("/api/articles/" + liked + "/feedback", json(Map.of("kind", "HELPFUL")))
              .status());
      assertEquals(
          201,
          voter
              .post("/api/articles/" + weak + "/feedback", json(Map.of("kind", "HELPFUL")))
              .status());
    }
    Api critic = admin.newUser("AGENT");
    critic.post(
        "/api/articles/" + plain + "/feedback",
        json(Map.of("kind", "NOT_HELPFUL", "reason", "OUTDATED")));

    List<String> order =
        ids(
            agent
                .searchUntil(marker, r -> ids(r.json()).get(0).equals(liked), INDEXED_WITHIN)
                .json());
    assertEquals(List.of(liked, plain, weak), order, "votes order equals, never lift the weak one");
  }

  @Test
  void mixedChineseAndEnglishQueriesWork() {
    String space = admin.newSpace();
    String vip = article(space, "VIP客户 " + marker, "VIP客户享有专属坐席和优先回拨。", List.of("VIP"), null);
    String crm =
        article(space, "CRM 標籤管理 " + marker, "在CRM中為客戶添加標籤，例如「高價值」。", List.of("CRM"), null);
    awaitIndexed(admin, marker, 2);

    assertEquals(vip, first(search(agent, "VIP客户", "&space=" + space)));
    assertEquals(vip, first(search(agent, "ｖｉｐ 客戶", "&space=" + space)));
    assertEquals(crm, first(search(agent, "CRM 标签", "&space=" + space)));
    assertEquals(crm, first(search(agent, "crm标签", "&space=" + space)));
  }

  @Test
  void anEnglishQueryFindsTheChineseArticleAndAChineseQueryTheEnglishOneThroughTheStarterSet() {
    String space = admin.newSpace();
    String chinese =
        article(
            space, "退款申请流程 " + marker, "客户在订单页面提交退款申请，审核通过后款项在三个工作日内原路退回。", List.of("退款"), null);
    String coupons =
        article(space, "优惠券无法使用怎么办 " + marker, "请确认优惠券是否过期、是否满足使用门槛。", List.of("优惠券"), null);
    String english =
        article(
            space,
            "Refund policy for online orders " + marker,
            "Customers may ask for their money back within 14 days of delivery.",
            List.of("refund"),
            null);
    String invoices =
        article(space, "如何开具电子发票 " + marker, "在订单详情页点击开具发票，填写抬头和税号。", List.of("发票"), null);
    awaitIndexed(admin, marker, 4);

    List<String> refundPolicy = ids(search(agent, "refund policy", "&space=" + space).json());
    List<String> tuiKuan = ids(search(agent, "退款政策", "&space=" + space).json());
    List<String> coupon = ids(search(agent, "coupon", "&space=" + space).json());
    List<String> traditional = ids(search(agent, "退費", "&space=" + space).json());

    assertEquals(english, refundPolicy.get(0), "the words as typed first: " + refundPolicy);
    assertTrue(refundPolicy.contains(chinese), "refund ⇒ 退款: " + refundPolicy);
    assertTrue(tuiKuan.contains(english), "退款 ⇒ refund: " + tuiKuan);
    assertTrue(tuiKuan.contains(chinese), tuiKuan.toString());
    assertEquals(coupons, coupon.get(0), "coupon ⇒ 优惠券: " + coupon);
    assertTrue(traditional.containsAll(List.of(chinese, english)), "退費 ⇒ 退款, refund");
    for (List<String> hits : List.of(refundPolicy, tuiKuan, coupon, traditional)) {
      assertFalse(hits.contains(invoices), "invoices are another subject: " + hits);
    }
  }

  @Test
  void aQuestionFindsTheAnswerByMeaningWithoutSharedWords() {
    String space = admin.newSpace();
    String calming =
        article(
            space, "安撫情緒激動的來電者", "先耐心傾聽，不要打斷對方；語氣保持平和，表示理解並真誠道歉，再說明接下來的處理步驟和時限。", List.of(), null);
    article(space, "发票抬头修改", "在账户设置中修改开票信息，提交后下一张发票生效。", List.of(), null);

    // The model loads in the background and passages are embedded when articles are indexed.
    JsonNode hits =
        eventually(
            "the calming article first for a question by meaning",
            Duration.ofSeconds(90),
            () -> search(agent, "客户很生气怎么办", "&space=" + space).json().get("hits"),
            found -> found.size() > 0 && found.get(0).get("id").asText().equals(calming));
    assertEquals(calming, hits.get(0).get("id").asText(), hits.toString());
    assertTrue(hits.get(0).get("semantic").asBoolean(), "found by meaning: " + hits);
    assertFalse(hits.get(0).get("snippet").asText().isBlank(), "the best passage is shown");
  }

  // --- helpers

  private String article(
      String space, String title, String body, List<String> tags, String template) {
    Map<String, Object> request = new HashMap<>();
    request.put("space", space);
    request.put("title", title);
    request.put("body", body);
    request.put("tags", tags);
    if (template != null) {
      request.put("template", template);
    }
    Reply created = admin.post("/api/articles", json(request));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().get("id").asText();
    admin.publish(id);
    return id;
  }

  private String articleBody(String space, String title, String body) {
    return json(Map.of("space", space, "title", title, "body", body));
  }

  private String etag(String id) {
    return admin.get("/api/articles/" + id).header("ETag");
  }

  /** A space only its grantees (and administrators) may read; the agent has no grant. */
  /** A new agent who may read the (restricted) space: no extra administrators in shared data. */
  private Api readerOf(String space) {
    Api reader = admin.newUser("AGENT");
    admin.grant(space, reader.username(), "VIEW");
    return reader;
  }

  private String restrictedSpace() {
    String key = Markers.spaceKey("R");
    Reply reply =
        admin.post(
            "/api/spaces", json(Map.of("key", key, "name", "内部 " + key, "restricted", true)));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }

  private void awaitIndexed(Api who, String query, int count) {
    Reply reply =
        who.searchUntil(
            query,
            r -> r.status() == 200 && r.json().get("total").asInt() >= count,
            INDEXED_WITHIN);
    assertEquals(200, reply.status(), reply.toString());
    assertEquals(count, reply.json().get("total").asInt(), reply.toString());
  }

  private static Reply search(Api who, String query, String more) {
    return who.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more);
  }

  private static Reply suggest(Api who, String prefix) {
    return who.get(
        "/api/search/suggestions?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
  }

  private static Map<String, Integer> counts(JsonNode results, String facet) {
    Map<String, Integer> counts = new HashMap<>();
    results
        .get("facets")
        .get(facet)
        .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asInt()));
    return counts;
  }

  private static List<String> ids(JsonNode results) {
    return texts(results.get("hits"), "id");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.get(field).asText()));
    return texts;
  }

  private static String first(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.json().get("hits").size() > 0, reply.toString());
    return reply.json().get("hits").get(0).get("id").asText();
  }

  private static String cursor(JsonNode page) {
    String next = text(page, "next");
    return next.substring(next.indexOf("after=") + "after=".length()).split("&")[0];
  }

  /** A text field, null when absent or null (null fields are left out of responses). */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A made-up Latin word of 10 letters, so that each test finds only its own articles. */
  private static String word() {
    return "kb" + Markers.letters(8);
  }

  @Test
  void oneRequestNamesTheCategoriesOfEveryReadableSpaceAndNoOther() {
    String open = admin.newSpace();
    String secret = restrictedSpace();
    Reply parent = admin.post("/api/spaces/" + open + "/categories", json(Map.of("name", "账单")));
    assertEquals(201, parent.status(), parent.toString());
    String parentId = parent.json().get("id").asText();
    Reply child =
        admin.post(
            "/api/spaces/" + open + "/categories",
            json(Map.of("name", "退费", "parentId", parentId)));
    assertEquals(201, child.status(), child.toString());
    assertEquals(
        201,
        admin.post("/api/spaces/" + secret + "/categories", json(Map.of("name", "内部定价"))).status());

    Reply names = agent.get("/api/categories");
    assertEquals(200, names.status(), names.toString());
    JsonNode tree = null;
    for (JsonNode space : names.json()) {
      assertFalse(secret.equals(space.get("space").asText()), "a space the agent may not read");
      if (open.equals(space.get("space").asText())) {
        tree = space.get("categories");
      }
    }
    assertTrue(tree != null, names.toString());
    assertEquals(1, tree.size());
    assertEquals("账单", tree.get(0).get("name").asText());
    assertEquals("退费", tree.get(0).get("children").get(0).get("name").asText());
    assertFalse(names.body().contains("内部定价"));
    Reply reader = readerOf(secret).get("/api/categories");
    assertTrue(reader.body().contains("内部定价"), "a reader of the restricted space sees it");
  }

  @Test
  void aNonsenseQueryOverRealArticlesFindsNothing() {
    String space = honestSpace();

    for (String nonsense : List.of("zzqqxx wvpt", "asdf qwer", "红烧肉怎么做")) {
      JsonNode found = search(agent, nonsense, "&space=" + space).json();
      assertEquals(0, found.get("total").asInt(), nonsense + ": " + found);
      assertEquals(0, found.get("hits").size(), nonsense + ": " + found);
    }
  }

  @Test
  void anUnrelatedEnglishQueryFindsNothingByMeaning() {
    String space = honestSpace();

    for (String unrelated : List.of("weather forecast tomorrow", "how to bake bread")) {
      JsonNode found = search(agent, unrelated, "&space=" + space).json();
      for (JsonNode hit : found.get("hits")) {
        assertFalse(hit.get("semantic").asBoolean(), unrelated + " found by meaning: " + found);
      }
      assertEquals(found.get("hits").size(), found.get("total").asInt(), found.toString());
    }
  }

  @Test
  void aTypoOfARealWordStillFindsItsArticleFirst() {
    String space = honestSpace();

    assertEquals(
        "Refund policy for online orders " + marker,
        search(agent, "refnd policy", "&space=" + space)
            .json()
            .get("hits")
            .get(0)
            .get("title")
            .asText());
    JsonNode misspelt = search(agent, "pasword reset", "&space=" + space).json();
    assertEquals("Password reset " + marker, misspelt.get("hits").get(0).get("title").asText());
    for (JsonNode hit : misspelt.get("hits")) {
      assertFalse(
          hit.get("semantic").asBoolean(),
          "no unrelated article found only by meaning fills the list: " + misspelt);
    }
  }

  @Test
  void aQueryWithoutAnswerFindsNothingYetOffersACloseWordAndCountsAsAZeroResultSearch() {
    String secret = restrictedSpace();
    Api reader = readerOf(secret);
    Api keeper = admin.newUser("AUTHOR");
    admin.grant(secret, keeper.username(), "ADMINISTER");
    // five letters: search forgives one wrong letter in a word this short, "did you mean" two
    String plan = "kb" + Markers.letters(3);
    String typo = plan.substring(0, 3) + other(plan.charAt(3)) + other(plan.charAt(4));
    String calming = honestArticles(secret);
    article(
        secret,
        "Roaming charges abroad " + marker,
        "Roaming abroad is charged per day of use; the " + plan + " plan includes ten days.",
        List.of(),
        null);
    awaitIndexed(reader, marker, 5);
    awaitFoundByMeaning(reader, secret, calming);

    JsonNode nonsense = search(reader, "zzqqxx wvpt", "&space=" + secret).json();
    assertEquals(0, nonsense.get("total").asInt(), nonsense.toString());
    assertEquals(0, nonsense.get("hits").size(), nonsense.toString());
    assertNull(text(nonsense, "didYouMean"), "no readable word is close: " + nonsense);
    JsonNode misspelt = search(reader, typo, "&space=" + secret).json();
    assertEquals(0, misspelt.get("total").asInt(), misspelt.toString());
    assertEquals(0, misspelt.get("hits").size(), misspelt.toString());
    assertEquals(plan, text(misspelt, "didYouMean"), misspelt.toString());

    // the space's administrator sees both among its agents' zero-result queries
    for (String query : List.of("zzqqxx wvpt", typo)) {
      eventually(
          "'" + query + "' reported as a zero-result query",
          Duration.ofSeconds(30),
          () ->
              texts(
                  keeper
                      .get("/api/analytics/search/zero-results?limit=100&role=AGENT")
                      .json()
                      .get("queries"),
                  "query"),
          queries -> queries.contains(query));
    }
  }

  @Test
  void aHitFoundOnlyByMeaningIsLabelledAndNeverAboveAKeywordMatch() {
    String space = honestSpace();

    JsonNode angry = search(agent, "客户很生气怎么办", "&space=" + space).json();
    JsonNode first = angry.get("hits").get(0);
    assertTrue(first.get("semantic").asBoolean(), "found by meaning, and labelled: " + angry);
    assertTrue(first.get("title").asText().startsWith("安撫情緒激動的來電者"), angry.toString());
    for (String query : List.of("refund policy", "退款 密码", "发票 客户很生气怎么办", "password")) {
      JsonNode found = search(agent, query, "&space=" + space).json();
      boolean meaningSeen = false;
      for (JsonNode hit : found.get("hits")) {
        boolean semantic = hit.get("semantic").asBoolean();
        assertFalse(
            meaningSeen && !semantic,
            query + ": a keyword match below one found only by meaning: " + found);
        meaningSeen |= semantic;
      }
    }
  }

  /**
   * A space with a few real articles, Chinese and English, once they are indexed with their passage
   * vectors (a question answered by meaning proves the model has embedded them).
   */
  private String honestSpace() {
    String space = admin.newSpace();
    String calming = honestArticles(space);
    awaitIndexed(agent, marker, 4);
    awaitFoundByMeaning(agent, space, calming);
    return space;
  }

  /** Four real articles, Chinese and English, in the space; returns the id of the calming one. */
  private String honestArticles(String space) {
    String calming =
        article(
            space,
            "安撫情緒激動的來電者 " + marker,
            "先耐心傾聽，不要打斷對方；語氣保持平和，表示理解並真誠道歉，再說明接下來的處理步驟和時限。",
            List.of(),
            null);
    article(
        space,
        "Refund policy for online orders " + marker,
        "Customers may ask for a refund within seven days of delivery. Refunds go back to the"
            + " original payment method within three working days.",
        List.of(),
        null);
    article(
        space,
        "Password reset " + marker,
        "Customers who forgot their password reset it on the sign-in page with a text message"
            + " code.",
        List.of(),
        null);
    article(space, "发票抬头修改 " + marker, "在账户设置中修改开票信息，提交后下一张发票生效。", List.of(), null);
    return calming;
  }

  /** Waits until the articles have their passage vectors: a question answered only by meaning. */
  private static void awaitFoundByMeaning(Api who, String space, String calming) {
    eventually(
        "the calming article found by meaning",
        Duration.ofSeconds(90),
        () -> search(who, "客户很生气怎么办", "&space=" + space).json().get("hits"),
        found -> found.size() > 0 && found.get(0).get("id").asText().equals(calming));
  }

  /** A letter other than {@code c}. */
  private static char other(char c) {
    return (char) ('a' + (c - 'a' + 13) % 26);
  }

  @Test
  void theTopHitOfAColloquialQuestionShowsTheAnsweringSentenceMarkedNotTheArticleStart() {
    String space = admin.newSpace();
    String body =
        "## 订单说明\n下单后系统会发送确认短信，请核对收货地址。\n\n"
            + "## 付款方式\n支持银行卡、微信和支付宝付款，付款成功后不可更改金额。\n\n"
            + "## 退款时效\n退款审核通过后，款项一般在三到五个工作日内原路到账，节假日顺延。";
    String id = article(space, "售后须知 " + marker, body, List.of(), null);
    awaitIndexed(admin, marker, 1);

    for (String question : List.of("退款多久到账", "退款多久到賬")) {
      JsonNode hit = search(agent, question, "&space=" + space).json().get("hits").get(0);
      assertEquals(id, hit.get("id").asText(), hit.toString());
      String passage = hit.get("passage").asText();
      assertEquals("<mark>退款</mark>审核通过后，款项一般在三到五个工作日内原路<mark>到账</mark>，节假日顺延。", passage, question);
      assertTrue(hit.get("snippet").asText().contains("<mark>退款</mark>"), hit.toString());
    }
  }

  @Test
  void aHitFoundByMeaningCarriesAWholeSentenceOfItsBestPassage() {
    String space = admin.newSpace();
    String body = "先耐心傾聽，不要打斷對方。語氣保持平和，表示理解並真誠道歉，再說明接下來的處理步驟和時限。";
    String calming = article(space, "安撫情緒激動的來電者", body, List.of(), null);

    JsonNode hits =
        eventually(
            "the calming article found by meaning",
            Duration.ofSeconds(90),
            () -> search(agent, "客户很生气怎么办", "&space=" + space).json().get("hits"),
            found -> found.size() > 0 && found.get(0).get("id").asText().equals(calming));
    JsonNode hit = hits.get(0);
    assertTrue(hit.get("semantic").asBoolean(), hits.toString());
    String passage = hit.get("passage").asText();
    assertFalse(passage.isBlank(), hits.toString());
    assertFalse(passage.replace("<mark>", "").replace("</mark>", "").contains("<"), passage);
    assertTrue(body.contains(passage.replace("<mark>", "").replace("</mark>", "")), passage);
    assertTrue(passage.endsWith("。"), "a whole sentence: " + passage);
  }
}
