package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Eventually.eventually;
import static io.kbplatform.app.testsupport.Eventually.pause;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static io.kbplatform.app.testsupport.Markers.letters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search analytics end to end on the real server, database and Elasticsearch node: searches and
 * clicks made through the search API show up, without user names, in the reports of top,
 * zero-result and low click-through queries and in the popular queries used for suggestions.
 * Recording is asynchronous, so reports are polled for a few seconds.
 */
@KbServerTest
class SearchAnalyticsIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** A little more than the analytics flush interval (kb.search.analytics.flush-millis). */
  private static final Duration FLUSH = Duration.ofMillis(1500);

  @ServerUrl URL url;

  private Api admin;
  private Api author;
  private String space;
  private String token;
  private String article;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    author = admin.newUser("AUTHOR");
    space = admin.newSpace();
    // reports show an author the searches made in the spaces they administer
    admin.grant(space, author.username(), "ADMINISTER");
    token = letters(10);
    article =
        author.newArticle(
            space, "退款流程 " + token, "## 步骤\n1. 核对订单号 " + token + "\n2. 在系统中提交退款申请\n3. 告知客户到账时间");
    author.publish(article);
    Reply found = author.searchUntil(token, r -> total(r) >= 1, WAIT);
    assertEquals(1, total(found), "the article is searchable: " + found);
  }

  @Test
  void searchesAreCountedPerNormalisedQueryAndRoleWithoutUserNames() {
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    Api lin = admin.newUser("LEARNER");
    String query = token + " 流程";

    Reply first = search(amy, query);
    search(amy, "  " + fullWidth(token.toUpperCase()) + "\u3000流程 ");
    search(ben, query.toUpperCase());
    search(lin, query);

    assertNotNull(first.json().get("searchId").asText(), "the search names itself for clicks");
    assertTrue(first.json().get("total").asLong() >= 1);
    JsonNode row = awaitRow("top-queries", "", query, r -> r.get("searches").asLong() == 4);
    assertEquals(0, row.get("clicks").asLong());
    assertTrue(row.get("averageResults").asDouble() >= 1, row.toString());
    assertTrue(row.get("averageLatencyMillis").asDouble() >= 0);
    assertEquals(
        3, awaitRow("top-queries", "&role=AGENT", query, r -> true).get("searches").asLong());
    assertEquals(
        1, awaitRow("top-queries", "&role=LEARNER", query, r -> true).get("searches").asLong());
    assertNull(row("top-queries", "&role=AUTHOR", query), "no author searched it");
    String report = report("top-queries", "").body();
    for (Api user : List.of(amy, ben, lin)) {
      assertFalse(report.contains(user.username()), "no user names in reports: " + report);
    }
  }

  @Test
  void queriesThatFindNothingAreReportedWithPersonalDataMasked() {
    Api agent = admin.newUser("AGENT");
    String nothing = "zz" + letters(10);
    String found = token + " 核对";

    assertTrue(total(search(agent, found)) >= 1);
    Reply none = search(agent, nothing + " 13800138000");
    search(agent, nothing + " 13912345678");

    assertEquals(0, total(none));
    JsonNode row =
        awaitRow("zero-results", "", nothing + " #", r -> r.get("searches").asLong() == 2);
    assertEquals(0.0, row.get("averageResults").asDouble());
    String report = report("zero-results", "").body();
    assertFalse(report.contains("13800138000"), "phone numbers are masked: " + report);
    assertNull(row("zero-results", "", found), "a query that found something is no gap");
  }

  @Test
  void clicksRaiseTheClickThroughRateAndUnclickedQueriesAreReported() {
    // a trainer searches, so that the reports filtered by role hold this test's queries only
    Api trainer = admin.newUser("TRAINER");
    String clicked = token + " 退款";
    String ignored = token + " 步骤";

    for (int i = 0; i < 3; i++) {
      String searchId = search(trainer, clicked).json().get("searchId").asText();
      if (i < 2) {
        // at once, before the search was written: the click must still find its search
        require(click(trainer, searchId, Map.of("articleId", article, "position", 1)), 204);
      }
    }
    for (int i = 0; i < 4; i++) {
      search(trainer, ignored);
    }

    JsonNode top =
        awaitRow("top-queries", "&role=TRAINER", clicked, r -> r.get("searches").asLong() == 3);
    assertEquals(2, top.get("clicks").asLong());
    assertEquals(0.6667, top.get("clickThroughRate").asDouble(), 1e-9);
    JsonNode low =
        awaitRow(
            "low-click-through",
            "&minSearches=4&role=TRAINER",
            ignored,
            r -> r.get("searches").asLong() == 4);
    assertEquals(0.0, low.get("clickThroughRate").asDouble());
    assertNull(
        row("low-click-through", "&minSearches=4&role=TRAINER", clicked),
        "searched only 3 times: below minSearches");
    List<String> lowOrder = queries(report("low-click-through", "&minSearches=3&role=TRAINER"));
    assertTrue(lowOrder.contains(clicked), lowOrder.toString());
    assertTrue(
        lowOrder.indexOf(ignored) < lowOrder.indexOf(clicked),
        "lowest click-through first: " + lowOrder);
  }

  @Test
  void clicksAreValidated() {
    Api agent = admin.newUser("AGENT");
    String searchId = search(agent, token).json().get("searchId").asText();

    Reply badPosition = click(agent, searchId, Map.of("articleId", article, "position", 0));
    Reply noArticle = click(agent, searchId, Map.of("position", 2));
    Reply unknown =
        click(
            agent,
            "6f1c2a52-0b8e-4c1e-9d0a-3b0f1f0e9c11",
            Map.of("articleId", article, "position", 1));
    Reply notAnId = click(agent, "nonsense", Map.of("articleId", article, "position", 1));

    assertEquals(400, badPosition.status(), badPosition.toString());
    assertEquals("position", badPosition.json().get("errors").get(0).get("field").asText());
    assertEquals(400, noArticle.status(), noArticle.toString());
    assertEquals(404, unknown.status(), unknown.toString());
    assertTrue(unknown.contentType().startsWith("application/problem+json"));
    assertEquals(404, notAnId.status(), notAnId.toString());
  }

  @Test
  void reportsCoverOnlyTheirDays() {
    Api agent = admin.newUser("AGENT");
    String query = token + " 时间";
    search(agent, query);
    search(agent, query);

    awaitRow("top-queries", "", query, r -> r.get("searches").asLong() == 2);
    assertNotNull(row("top-queries", "&from=" + today + "&to=" + today, query));
    assertNull(
        row("top-queries", "&from=" + today.minusDays(7) + "&to=" + today.minusDays(1), query),
        "nothing was searched before today");
    assertNull(
        row("top-queries", "&from=" + today.plusDays(1) + "&to=" + today.plusDays(2), query),
        "nor after");
    JsonNode report = report("top-queries", "").json();
    assertEquals(today.toString(), report.get("to").asText(), "the default ends today");
    assertEquals(today.minusDays(29).toString(), report.get("from").asText(), "and spans 30 days");
  }

  @Test
  void popularQueriesAreThoseSeveralUsersSearchedSuccessfullyWithoutPersonalData() {
    Api agent = admin.newUser("AGENT");
    String popular = token + " 申请";
    String oneUsersFavourite = token + " 客户";
    String nothing = token + "xqzv";
    String withAPhone = token + " 13812345678";
    for (int i = 0; i < 3; i++) {
      Api someone = i == 0 ? agent : admin.newUser("AGENT");
      search(someone, popular);
      search(someone, nothing);
      search(someone, withAPhone);
      search(agent, oneUsersFavourite);
    }

    List<String> suggested =
        eventually(
            "'" + popular + "' among the popular queries",
            WAIT,
            () -> popular(fullWidth(token.toUpperCase())),
            queries -> queries.contains(popular));

    assertEquals(
        List.of(popular),
        suggested,
        "searched by one user only, found nothing or held a phone number: not suggested");
    assertEquals(List.of(), popular("zz" + letters(8)));
    List<String> offered =
        Api.texts(
            require(agent.get("/api/search/suggestions?q=" + token), 200).json().get("queries"));
    assertEquals(List.of(popular), offered, "autocomplete offers the same");
  }

  @Test
  void clicksCountOnlyFromTheSearcherOnTheHitsTheSearchShowedOncePerHit() {
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    String other = author.newArticle(space, "发票开具 " + letters(8), "与本次搜索无关的文章");
    author.publish(other);
    String query = token + " 告知";
    String searchId = search(amy, query).json().get("searchId").asText();

    Reply byOther = click(ben, searchId, Map.of("articleId", article, "position", 1));
    Reply notShown = click(amy, searchId, Map.of("articleId", other, "position", 2));
    Reply madeUp =
        click(
            amy,
            searchId,
            Map.of("articleId", "6f1c2a52-0b8e-4c1e-9d0a-3b0f1f0e9c11", "position", 1));
    Reply first = click(amy, searchId, Map.of("articleId", article, "position", 1));
    Reply again = click(amy, searchId, Map.of("articleId", article, "position", 1));

    assertEquals(404, byOther.status(), "another user's search is unknown to them: " + byOther);
    assertEquals(400, notShown.status(), "an article the search did not show: " + notShown);
    assertEquals(400, madeUp.status(), madeUp.toString());
    assertEquals(204, first.status(), first.toString());
    assertEquals(409, again.status(), "one click per hit: " + again);
    assertTrue(again.contentType().startsWith("application/problem+json"));
    JsonNode row = awaitRow("top-queries", "", query, r -> r.get("clicks").asLong() >= 1);
    pause(FLUSH.toMillis()); // a second click, had it been counted, would be written by now
    assertEquals(1, row("top-queries", "", query).get("clicks").asLong(), "counted once");
  }

  @Test
  void reportsShowOnlySearchesMadeInSpacesTheViewerAdministers() {
    String secret = restrictedSpace();
    Api insider = admin.newUser("AGENT");
    admin.grant(secret, insider.username(), "VIEW");
    Api secretKeeper = admin.newUser("AUTHOR");
    admin.grant(secret, secretKeeper.username(), "ADMINISTER");
    Api outsider = admin.newUser("AGENT");
    String inSecret = "zz" + letters(10) + " 内部";
    String planted = "zz" + letters(10) + " 广告";

    search(insider, inSecret, "&space=" + secret);
    // a filter on a space one cannot read plants nothing in that space's reports
    search(outsider, planted, "&space=" + secret);

    awaitRow(admin, "zero-results", inSecret);
    awaitRow(admin, "zero-results", planted);
    assertNotNull(row(secretKeeper, "zero-results", inSecret), "its administrator sees it");
    assertNull(row(author, "zero-results", inSecret), "an author of another space does not");
    assertNull(row(author, "top-queries", inSecret));
    assertNull(row(secretKeeper, "zero-results", planted), "nor is a stranger's query planted");
    Api trainerWithoutSpaces = admin.newUser("TRAINER");
    assertEquals(
        0,
        report(trainerWithoutSpaces, "top-queries", "").json().get("queries").size(),
        "who administers no space sees no query");
  }

  @Test
  void namesPhonesAndIdNumbersOfPeopleAreMaskedInReports() {
    // A learner searches: few other tests do, so the shared report's 100 rows hold these.
    Api learner = admin.newUser("LEARNER");
    Api colleague = admin.newUser("AGENT");
    String gap = "zz" + letters(10);

    search(learner, gap + " " + colleague.username() + " 投诉");
    search(learner, gap + " 王先生 +86 138 1234 5678");
    search(learner, gap + " 身份证 11010519491231002X 021-12345678");

    awaitRow("top-queries", "&role=LEARNER", gap + " * 投诉", r -> true);
    awaitRow("top-queries", "&role=LEARNER", gap + " *先生 #", r -> true);
    awaitRow("top-queries", "&role=LEARNER", gap + " 身份证 # #", r -> true);
    String report = report("top-queries", "&role=LEARNER").body();
    for (String personal :
        List.of(colleague.username(), "王先生", "1234 5678", "11010519491231002", "12345678")) {
      assertFalse(report.contains(personal), personal + " is masked: " + report);
    }
  }

  @Test
  void onlyAuthorsTrainersAndAdministratorsSeeReports() {
    Api agent = admin.newUser("AGENT");
    Api trainer = admin.newUser("TRAINER");

    assertEquals(403, agent.get("/api/analytics/search/top-queries").status());
    assertEquals(403, agent.get("/api/analytics/search/popular-queries?prefix=a").status());
    assertEquals(200, trainer.get("/api/analytics/search/zero-results").status());
    assertEquals(200, admin.get("/api/analytics/search/low-click-through").status());
    JsonNode recording = require(admin.get("/api/analytics/search/recording"), 200).json();
    assertEquals(0, recording.get("dropped").asLong());
  }

  @Test
  void badDatesAndLimitsAreProblems() {
    Reply badDate = author.get("/api/analytics/search/top-queries?from=2026-13-45");
    Reply notADate = author.get("/api/analytics/search/top-queries?to=yesterday");
    Reply reversed =
        author.get(
            "/api/analytics/search/zero-results?from=" + today + "&to=" + today.minusDays(1));
    Reply badLimit = author.get("/api/analytics/search/top-queries?limit=101");
    Reply badMin = author.get("/api/analytics/search/low-click-through?minSearches=x");

    for (Reply reply : List.of(badDate, notADate, reversed, badLimit, badMin)) {
      assertEquals(400, reply.status(), reply.toString());
      assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }
    assertEquals("to", notADate.json().get("errors").get(0).get("field").asText());
    assertTrue(reversed.json().get("detail").asText().contains("must not be after"));
  }

  // --- helpers ---

  private static Reply search(Api user, String query) {
    return search(user, query, "");
  }

  private static Reply search(Api user, String query, String more) {
    return require(
        user.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more), 200);
  }

  private String restrictedSpace() {
    String key = Markers.spaceKey("R");
    require(
        admin.post(
            "/api/spaces", json(Map.of("key", key, "name", "内部 " + key, "restricted", true))),
        201);
    return key;
  }

  private static Reply report(Api viewer, String name, String params) {
    return require(viewer.get("/api/analytics/search/" + name + "?limit=100" + params), 200);
  }

  private static JsonNode row(Api viewer, String name, String query) {
    for (JsonNode row : report(viewer, name, "").json().get("queries")) {
      if (row.get("query").asText().equals(query.toLowerCase())) {
        return row;
      }
    }
    return null;
  }

  private static void awaitRow(Api viewer, String name, String query) {
    eventually(
        "a row for '" + query + "' in " + name,
        WAIT,
        () -> row(viewer, name, query),
        Objects::nonNull);
  }

  private static Reply click(Api user, String searchId, Map<String, Object> body) {
    return user.post("/api/search/" + searchId + "/clicks", json(body));
  }

  private Reply report(String name, String params) {
    return report(author, name, params);
  }

  /** The report's row for a query (as normalised: lowercase), or null. */
  private JsonNode row(String name, String params, String query) {
    for (JsonNode row : report(name, params).json().get("queries")) {
      if (row.get("query").asText().equals(query.toLowerCase())) {
        return row;
      }
    }
    return null;
  }

  private JsonNode awaitRow(String name, String params, String query, Predicate<JsonNode> ok) {
    return eventually(
        "the expected row for '" + query + "' in " + name + params,
        WAIT,
        () -> row(name, params, query),
        row -> row != null && ok.test(row));
  }

  private List<String> popular(String prefix) {
    JsonNode reply =
        require(
                author.get(
                    "/api/analytics/search/popular-queries?prefix="
                        + URLEncoder.encode(prefix, StandardCharsets.UTF_8)),
                200)
            .json();
    return Api.texts(reply.get("queries"));
  }

  private static List<String> queries(Reply report) {
    return report.json().get("queries").findValuesAsText("query");
  }

  private static long total(Reply reply) {
    return reply.status() == 200 ? reply.json().get("total").asLong() : -1;
  }

  /** Full-width Latin letters, as an IME may type them. */
  private static String fullWidth(String ascii) {
    StringBuilder s = new StringBuilder();
    ascii.chars().forEach(c -> s.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
    return s.toString();
  }
}
