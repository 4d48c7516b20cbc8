package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.Documents;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachments over HTTP on the real server, database and Elasticsearch: upload, list and download
 * with Chinese file names, types judged by the bytes, the size limit, permissions, and search
 * finding an article by text that only its attachment holds.
 */
@KbServerTest
class AttachmentIT {

  private static final String PDF = "application/pdf";
  private static final String OCTETS = "application/octet-stream";
  private static final Duration SEARCH_WAIT = Duration.ofSeconds(30);

  @ServerUrl URL url;

  private Api admin;
  private Api author;
  private String space;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    TestNode.ready();
    space = admin.newSpace();
    author = admin.newUser("AUTHOR");
    admin.grant(space, author.username(), "EDIT");
  }

  @Test
  void anEditorUploadsListsAndDownloadsAFileWithAChineseName() {
    String article = author.newArticle(space, "退款附件", "正文");
    byte[] pdf = Documents.pdf("Refund form, version 3");
    String name = "退款 申请表(2024).pdf";

    Reply uploaded =
        author.sendBytes(
            "POST",
            "/api/articles/" + article + "/attachments",
            pdf,
            "Content-Type",
            OCTETS,
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));

    assertEquals(201, uploaded.status(), uploaded.toString());
    JsonNode view = uploaded.json();
    assertEquals(name, view.get("fileName").asText());
    assertEquals(PDF, view.get("mediaType").asText());
    assertEquals(pdf.length, view.get("size").asLong());
    assertEquals("EXTRACTED", view.get("extraction").asText(), view.toString());
    String id = view.get("id").asText();
    assertEquals("/api/attachments/" + id, URI.create(uploaded.header("Location")).getPath());

    Reply list = admin.newUser("AGENT").get("/api/articles/" + article + "/attachments");
    assertEquals(404, list.status(), "an agent without a grant does not see the article");
    Reply listed = author.get("/api/articles/" + article + "/attachments");
    assertEquals(200, listed.status(), listed.toString());
    assertEquals(List.of(id), ids(listed.json()));

    HttpResponse<byte[]> download = author.download("/api/attachments/" + id);
    assertEquals(200, download.statusCode());
    assertArrayEquals(pdf, download.body());
    assertEquals(PDF, download.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    String disposition = download.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.contains(
            "filename*=UTF-8''%E9%80%80%E6%AC%BE%20%E7%94%B3%E8%AF%B7%E8%A1%A8%282024%29.pdf"),
        disposition);
    assertTrue(disposition.contains("filename=\"__ ___(2024).pdf\""), disposition);
  }

  @Test
  void theTypeComesFromTheBytesNotTheName() {
    String article = author.newArticle(space, "类型检测", "正文");

    Reply disguised = upload(article, "x.png", Documents.pdf("Not an image"));
    assertEquals(201, disguised.status(), disguised.toString());
    assertEquals(PDF, disguised.json().get("mediaType").asText());
    HttpResponse<byte[]> download =
        author.download("/api/attachments/" + disguised.json().get("id").asText());
    assertEquals(PDF, download.headers().firstValue("Content-Type").orElse(""));

    Reply program = upload(article, "report.pdf", Documents.elf());
    assertEquals(415, program.status(), program.toString());
    assertEquals("application/problem+json", program.contentType());
    assertEquals(415, program.json().get("status").asInt());

    Reply windows = upload(article, "setup.docx", windowsExecutable());
    assertEquals(415, windows.status(), windows.toString());
  }

  @Test
  void aFileOverTheConfiguredLimitIsRefusedWith413() {
    String article = author.newArticle(space, "大文件", "正文");
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1]; // the tests configure 5 MiB

    Reply reply = upload(article, "big.txt", tooLarge);

    assertEquals(413, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    Reply justFits = upload(article, "fits.txt", "小".repeat(1000).getBytes(StandardCharsets.UTF_8));
    assertEquals(201, justFits.status(), justFits.toString());
    Reply listed = author.get("/api/articles/" + article + "/attachments");
    assertEquals(1, listed.json().size(), "the refused file left nothing behind");
  }

  @Test
  void anOutsiderGets404OnTheAttachmentOfARestrictedArticle() {
    String group = Markers.groupKey();
    Reply created = admin.post("/api/admin/groups", json(Map.of("key", group, "name", "二线")));
    assertEquals(201, created.status(), created.toString());
    String article = author.newArticle(space, "内部流程", "仅限二线");
    Reply uploaded = upload(article, "内部.txt", "内部资料".getBytes(StandardCharsets.UTF_8));
    String id = uploaded.json().get("id").asText();
    Reply restricted =
        admin.put(
            "/api/articles/" + article + "/restrictions", json(Map.of("groups", List.of(group))));
    assertEquals(200, restricted.status(), restricted.toString());
    admin.publish(article);
    Api outsider = admin.newUser("AGENT");
    admin.grant(space, outsider.username(), "VIEW");

    Reply hidden = outsider.get("/api/attachments/" + id);
    Reply missing = outsider.get("/api/attachments/" + UUID.randomUUID());

    assertEquals(404, hidden.status(), hidden.toString());
    assertEquals(404, missing.status());
    assertEquals(hidden.json().get("title").asText(), missing.json().get("title").asText());
    assertEquals(200, admin.download("/api/attachments/" + id).statusCode());
  }

  @Test
  void searchFindsAPublishedArticleByTextOnlyInItsAttachment() {
    String marker = Markers.marker("zq");
    String article = author.newArticle(space, "报销指南", "请见附件。");
    admin.publish(article);

    Reply uploaded =
        upload(
            article, "guide.pdf", Documents.pdf("Expense policy", "Reimbursement code " + marker));
    assertEquals(201, uploaded.status(), uploaded.toString());
    admin.publish(article);

    Reply found =
        admin.searchUntil(
            marker, r -> ids(r.json().get("hits")).contains(article), Duration.ofSeconds(30));
    assertTrue(ids(found.json().get("hits")).contains(article), found.toString());
  }

  @Test
  void deletingAnAttachmentOrItsArticleRemovesIt() {
    String article = author.newArticle(space, "临时", "正文");
    String first =
        upload(article, "a.txt", "甲".getBytes(StandardCharsets.UTF_8)).json().get("id").asText();
    String second =
        upload(article, "b.txt", "乙".getBytes(StandardCharsets.UTF_8)).json().get("id").asText();

    Reply deleted = author.delete("/api/attachments/" + first);
    assertEquals(204, deleted.status(), deleted.toString());
    assertEquals(404, author.get("/api/attachments/" + first).status());
    Reply audit = admin.get("/api/admin/audit?action=ATTACHMENT_DELETED");
    assertTrue(audit.body().contains(first), audit.toString());

    Reply articleDeleted = admin.delete("/api/articles/" + article);
    assertEquals(204, articleDeleted.status(), articleDeleted.toString());
    assertEquals(404, admin.get("/api/attachments/" + second).status());
  }

  @Test
  void anEditorsAttachmentOnAPublishedArticleWaitsForTheNextPublication() {
    String marker = marker();
    String article = author.newArticle(space, "退货须知", "正文");
    admin.publish(article);
    Api reader = reader();

    Reply uploaded =
        upload(article, "新规.pdf", Documents.pdf("Return rules", "Return code " + marker));

    assertEquals(201, uploaded.status(), uploaded.toString());
    String id = uploaded.json().get("id").asText();
    assertEquals(2, uploaded.json().get("version").asInt(), "the change is the next version");
    JsonNode state = author.get("/api/articles/" + article).json();
    assertEquals(2, state.get("latestVersion").asInt(), state.toString());
    assertEquals(1, state.get("publishedVersion").asInt(), state.toString());
    assertEquals(List.of(id), ids(author.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(List.of(), ids(reader.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(404, reader.download("/api/attachments/" + id).statusCode(), "a draft's file");
    assertEquals(
        List.of(),
        ids(author.get("/api/articles/" + article + "/attachments?version=published").json()));
    assertFalse(searchableAfterABarrier(marker, article), "search holds only published files");

    admin.publish(article);

    assertEquals(List.of(id), ids(reader.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(200, reader.download("/api/attachments/" + id).statusCode());
    Reply found =
        reader.searchUntil(
            marker, r -> ids(r.json().get("hits")).contains(article), Duration.ofSeconds(30));
    assertTrue(ids(found.json().get("hits")).contains(article), found.toString());
  }

  @Test
  void anEditorsDeletionWaitsForPublicationAndRestoringAnOlderVersionBringsTheFileBack() {
    String marker = marker();
    String article = author.newArticle(space, "保修条款", "正文");
    byte[] pdf = Documents.pdf("Warranty", "Warranty code " + marker);
    String id = upload(article, "保修.pdf", pdf).json().get("id").asText();
    admin.publish(article);
    Api reader = reader();
    reader.searchUntil(marker, r -> ids(r.json().get("hits")).contains(article), SEARCH_WAIT);

    Reply deleted = author.delete("/api/attachments/" + id);

    assertEquals(204, deleted.status(), deleted.toString());
    assertEquals(List.of(), ids(author.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(List.of(id), ids(reader.get("/api/articles/" + article + "/attachments").json()));
    assertArrayEquals(pdf, reader.download("/api/attachments/" + id).body(), "still live");
    assertTrue(searchableAfterABarrier(marker, article), "the index keeps the live file");

    admin.publish(article);
    assertEquals(List.of(), ids(reader.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(404, reader.download("/api/attachments/" + id).statusCode());
    assertEquals(
        List.of(id),
        ids(author.get("/api/articles/" + article + "/attachments?version=1").json()),
        "version 1 keeps its file");

    Reply restored = author.post("/api/articles/" + article + "/versions/1/restore", "{}");
    assertEquals(200, restored.status(), restored.toString());
    assertEquals(List.of(id), ids(author.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(404, reader.download("/api/attachments/" + id).statusCode(), "not yet live");
    admin.publish(article);
    assertArrayEquals(pdf, reader.download("/api/attachments/" + id).body(), "the blob was kept");
  }

  @Test
  void savingTheTextKeepsTheAttachmentsOfTheDraft() {
    String article = author.newArticle(space, "换货流程", "正文");
    String id = upload(article, "换货.txt", bytes("换货单")).json().get("id").asText();
    Reply read = author.get("/api/articles/" + article);

    Reply saved =
        author.send(
            "PUT",
            "/api/articles/" + article,
            json(Map.of("title", "换货流程", "body", "新正文")),
            "If-Match",
            read.header("ETag"));

    assertEquals(200, saved.status(), "an upload to a draft does not make the editor stale");
    assertEquals(List.of(id), ids(author.get("/api/articles/" + article + "/attachments").json()));
    admin.publish(article);
    assertEquals(
        List.of(id), ids(reader().get("/api/articles/" + article + "/attachments").json()));
  }

  @Test
  void aPublisherMayPublishAnAttachmentChangeAtOnceButAnEditorMayNot() {
    String article = author.newArticle(space, "发票说明", "正文");
    admin.publish(article);
    Api reader = reader();

    Reply refused =
        author.sendBytes(
            "POST",
            "/api/articles/" + article + "/attachments?publish=true&name=a.txt",
            bytes("甲"),
            "Content-Type",
            OCTETS);
    Reply published =
        admin.sendBytes(
            "POST",
            "/api/articles/" + article + "/attachments?publish=true&name=b.txt",
            bytes("乙"),
            "Content-Type",
            OCTETS);

    assertEquals(403, refused.status(), refused.toString());
    assertEquals(201, published.status(), published.toString());
    String id = published.json().get("id").asText();
    assertEquals(List.of(id), ids(reader.get("/api/articles/" + article + "/attachments").json()));
    Reply removed = author.delete("/api/attachments/" + id + "?publish=true");
    assertEquals(403, removed.status(), removed.toString());
    assertEquals(204, admin.delete("/api/attachments/" + id + "?publish=true").status());
    assertEquals(404, reader.download("/api/attachments/" + id).statusCode());
  }

  @Test
  void aReaderCannotDeleteOrProbeADraftOnlyAttachment() {
    String article = author.newArticle(space, "内部草稿", "正文");
    admin.publish(article);
    String id = upload(article, "草稿.txt", bytes("草稿")).json().get("id").asText();
    Api reader = reader();

    Reply download = reader.get("/api/attachments/" + id);
    Reply delete = reader.delete("/api/attachments/" + id);
    Reply missing = reader.get("/api/attachments/" + UUID.randomUUID());

    assertEquals(404, download.status(), download.toString());
    assertTrue(delete.status() == 403 || delete.status() == 404, delete.toString());
    assertEquals(List.of(id), ids(author.get("/api/articles/" + article + "/attachments").json()));
    assertEquals(missing.json().get("title").asText(), download.json().get("title").asText());
    assertEquals(200, author.download("/api/attachments/" + id).statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesTheNewEndpoints() {
    Reply openapi = Api.anonymous(base()).get("/openapi");

    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/attachments/{attachmentId}"), "attachments documented");
    assertTrue(openapi.body().contains("/imports/{jobId}"), "imports documented");
    assertTrue(openapi.body().contains("/export"), "export documented");
  }

  private URI base() {
    try {
      return url.toURI().resolve("/");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Api reader() {
    Api reader = admin.newUser("AGENT");
    admin.grant(space, reader.username(), "VIEW");
    return reader;
  }

  private static String marker() {
    return Markers.marker("zq");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether search finds the article by the marker once the index has caught up: another article
   * published after the change is found first (the outbox is worked in order).
   */
  private boolean searchableAfterABarrier(String marker, String article) {
    String barrier = marker();
    String other = admin.newArticle(space, "屏障", barrier);
    admin.publish(other);
    admin.searchUntil(barrier, r -> ids(r.json().get("hits")).contains(other), SEARCH_WAIT);
    return ids(admin.get("/api/search?q=" + marker).json().get("hits")).contains(article);
  }

  private Reply upload(String article, String name, byte[] bytes) {
    return author.attach(article, name, bytes);
  }

  private static byte[] windowsExecutable() {
    byte[] bytes = new byte[4096];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> ids.add(n.get("id").asText()));
    }
    return ids;
  }
}
