package io.kbplatform.content.extraction;

import static io.kbplatform.content.extraction.Fixtures.SIMPLIFIED;
import static io.kbplatform.content.extraction.Fixtures.TRADITIONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversion itself, in this JVM: what the worker does for each format. */
class TikaMarkdownConverterTest {

  private static final TikaMarkdownConverter CONVERTER = new TikaMarkdownConverter();
  private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

  @TempDir Path dir;

  private ExtractedDocument extract(Path file) throws ExtractionException {
    return CONVERTER.extract(file, file.getFileName().toString(), LIMITS);
  }

  @Test
  void docxHeadingsInBothChineseScriptsBecomeMarkdownHeadings() throws Exception {
    Path docx =
        Fixtures.docx(
            dir,
            "退款.docx",
            "Heading1",
            "客戶服務指南",
            null,
            TRADITIONAL,
            "Heading2",
            "退款流程",
            null,
            SIMPLIFIED);

    ExtractedDocument doc = extract(docx);

    assertEquals(MediaTypes.DOCX, doc.mediaType());
    assertEquals("客戶服務指南", doc.title());
    assertEquals("# 客戶服務指南\n\n" + TRADITIONAL + "\n\n## 退款流程\n\n" + SIMPLIFIED, doc.markdown());
    assertTrue(doc.text().contains(SIMPLIFIED));
    assertFalse(doc.text().contains("#"));
    assertFalse(doc.truncated());
  }

  @Test
  void everyPptxSlideTitleBecomesASecondLevelHeadingInOrder() throws Exception {
    Path pptx = Fixtures.pptx(dir, "培訓.pptx", "歡迎", "客戶服務培訓", "退款流程", "核對訂單號碼", "總結", "謝謝");

    ExtractedDocument doc = extract(pptx);

    assertEquals(MediaTypes.PPTX, doc.mediaType());
    assertEquals("## 歡迎\n\n客戶服務培訓\n\n## 退款流程\n\n核對訂單號碼\n\n## 總結\n\n謝謝", doc.markdown());
    assertEquals("歡迎", doc.title());
  }

  @Test
  void htmlInUtf8KeepsStructureAndDropsScripts() throws Exception {
    Path html =
        Fixtures.write(
            dir.resolve("faq.html"),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>常见问题</title>"
                + "<script>var secret = '不要';</script><style>p { color: red }</style></head>"
                + "<body><h1>退款</h1><p>请 <a href=\"/x\">联系客服</a>。</p>"
                + "<ul><li>订单号码</li><li>身份证明</li></ul>"
                + "<table><tr><th>项目</th><th>时间</th></tr><tr><td>回复</td><td>24 小时</td></tr>"
                + "</table></body></html>",
            "UTF-8");

    ExtractedDocument doc = extract(html);

    assertEquals(MediaTypes.HTML, doc.mediaType());
    assertEquals("常见问题", doc.title());
    assertEquals(
        "# 退款\n\n请 联系客服。\n\n- 订单号码\n- 身份证明\n\n" + "| 项目 | 时间 |\n| --- | --- |\n| 回复 | 24 小时 |",
        doc.markdown());
    assertFalse(doc.markdown().contains("secret"));
    assertFalse(doc.markdown().contains("color"));
  }

  @Test
  void htmlDeclaredGbkDecodes() throws Exception {
    Path html =
        Fixtures.write(
            dir.resolve("gbk.html"),
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                + "</head><body><h2>退款</h2><p>"
                + SIMPLIFIED
                + "</p></body></html>",
            "GBK");

    ExtractedDocument doc = extract(html);

    assertEquals("## 退款\n\n" + SIMPLIFIED, doc.markdown());
  }

  @Test
  void markdownPassesThroughAndGivesItsFirstHeadingAsTitle() throws Exception {
    String markdown = "# 退款指南\n\n" + SIMPLIFIED + "\n\n- **订单**号码\n- [联系](https://x.test)\n";
    Path md = Fixtures.write(dir.resolve("guide.md"), markdown, "UTF-8");

    ExtractedDocument doc = extract(md);

    assertEquals(MediaTypes.MARKDOWN, doc.mediaType());
    assertEquals("退款指南", doc.title());
    assertEquals(markdown, doc.markdown());
    assertEquals("退款指南\n\n" + SIMPLIFIED + "\n\n- 订单号码\n- 联系", doc.text());
  }

  @Test
  void plainTextInUtf8WithAndWithoutByteOrderMark() throws Exception {
    Path plain = Fixtures.write(dir.resolve("a.txt"), SIMPLIFIED, "UTF-8");
    Path bom = Fixtures.write(dir.resolve("b.txt"), "\uFEFF" + TRADITIONAL, "UTF-8");

    assertEquals(SIMPLIFIED, extract(plain).markdown());
    assertEquals(TRADITIONAL, extract(bom).markdown());
    assertEquals(MediaTypes.TEXT, extract(bom).mediaType());
    assertEquals("a", extract(plain).title());
  }

  @Test
  void aMachineMadeFileNameGivesWayToTheFirstLine() throws Exception {
    Path generated =
        Fixtures.write(
            dir.resolve("000_77f084f1a508ba0f.txt"), "\n客戶體驗(yàn)培訓課件_第1頁\n正文內容", "UTF-8");
    Path named = Fixtures.write(dir.resolve("退款流程.txt"), "第一步\n核對訂單", "UTF-8");

    assertEquals("客戶體驗(yàn)培訓課件_第1頁", extract(generated).title());
    assertEquals("退款流程", extract(named).title());
  }

  @Test
  void plainTextInGbkAndBig5Decodes() throws Exception {
    assertEquals(
        SIMPLIFIED, extract(Fixtures.write(dir.resolve("gbk.txt"), SIMPLIFIED, "GBK")).text());
    assertEquals(
        SIMPLIFIED, extract(Fixtures.write(dir.resolve("gb.txt"), SIMPLIFIED, "GB18030")).text());
    assertEquals(
        TRADITIONAL, extract(Fixtures.write(dir.resolve("big5.txt"), TRADITIONAL, "Big5")).text());
  }

  @Test
  void shortPlainTextInGbkAndBig5Decodes() throws Exception {
    assertEquals("回复客户", extract(Fixtures.write(dir.resolve("s1.txt"), "回复客户", "GBK")).text());
    assertEquals("回覆客戶", extract(Fixtures.write(dir.resolve("s2.txt"), "回覆客戶", "Big5")).text());
  }

  @Test
  void pdfTextComesPerPage() throws Exception {
    Path pdf = Fixtures.pdf(dir, "refunds.pdf", null, "Refund policy", "Reply within 24 hours.");

    ExtractedDocument doc = extract(pdf);

    assertEquals(MediaTypes.PDF, doc.mediaType());
    assertTrue(doc.text().contains("Refund policy"), doc.text());
    assertTrue(doc.markdown().contains("Reply within 24 hours."), doc.markdown());
    assertEquals("refunds", doc.title());
  }

  @Test
  void encryptedPdfAndDocxAreReportedAsEncrypted() throws Exception {
    Path pdf = Fixtures.pdf(dir, "locked.pdf", "secret", "Hidden");
    Path docx = Fixtures.docx(dir, "plain.docx", null, "機密");
    Path locked = Fixtures.encrypt(docx, dir.resolve("locked.docx"), "secret");

    assertEquals(
        Reason.ENCRYPTED, assertThrows(ExtractionException.class, () -> extract(pdf)).reason());
    assertEquals(
        Reason.ENCRYPTED, assertThrows(ExtractionException.class, () -> extract(locked)).reason());
  }

  @Test
  void truncatedDocxIsCorrupt() throws Exception {
    Path docx = Fixtures.docx(dir, "whole.docx", null, SIMPLIFIED);
    byte[] bytes = Files.readAllBytes(docx);
    Path broken = Files.write(dir.resolve("broken.docx"), Arrays.copyOf(bytes, bytes.length / 2));

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(broken));

    assertEquals(Reason.CORRUPT, e.reason(), e::getMessage);
  }

  @Test
  void docxWithGarbageInsteadOfItsBodyIsCorrupt() throws Exception {
    Path docx = Fixtures.docx(dir, "whole.docx", null, SIMPLIFIED);
    Path garbage = dir.resolve("garbage.docx");
    try (var in = new ZipInputStream(Files.newInputStream(docx));
        var out = new ZipOutputStream(Files.newOutputStream(garbage))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          out.write("<w:document><w:body><<<not xml".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
      }
    }

    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(garbage));

    assertEquals(Reason.CORRUPT, e.reason(), e::getMessage);
  }

  @Test
  void emptyFileIsCorrupt() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    assertEquals(
        Reason.CORRUPT, assertThrows(ExtractionException.class, () -> extract(empty)).reason());
  }

  @Test
  void outputBeyondTheLimitIsTruncatedNotAFailure() throws Exception {
    Path docx =
        Fixtures.docx(dir, "long.docx", null, SIMPLIFIED, null, SIMPLIFIED, null, SIMPLIFIED);
    Path txt = Fixtures.write(dir.resolve("long.txt"), SIMPLIFIED.repeat(10), "GBK");
    ExtractionLimits small = LIMITS.withMaxOutputChars(100);

    ExtractedDocument fromDocx = CONVERTER.extract(docx, "long.docx", small);
    ExtractedDocument fromText = CONVERTER.extract(txt, "long.txt", small);

    assertTrue(fromDocx.truncated());
    assertTrue(fromDocx.markdown().length() <= 100);
    assertTrue(fromDocx.markdown().startsWith(SIMPLIFIED));
    assertTrue(fromText.truncated());
    assertEquals(SIMPLIFIED.repeat(10).substring(0, 100), fromText.markdown());
  }

  @Test
  void filesOutsideTheSupportedSetAreRefusedByTheirBytes() throws Exception {
    Path png = Files.write(dir.resolve("notes.txt"), Fixtures.PNG);
    Path zip =
        Fixtures.write(
            dir.resolve("x.md"),
            out -> {
              try (var z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("a.txt"));
                z.write("a".getBytes());
              }
            });

    assertEquals(
        Reason.UNSUPPORTED_TYPE,
        assertThrows(ExtractionException.class, () -> extract(png)).reason());
    assertEquals(
        Reason.UNSUPPORTED_TYPE,
        assertThrows(ExtractionException.class, () -> extract(zip)).reason());
  }

  @Test
  void filesBeyondTheInputLimitAreTooLarge() throws Exception {
    Path txt = Fixtures.write(dir.resolve("big.txt"), "x".repeat(2000), "UTF-8");
    ExtractionLimits tiny = new ExtractionLimits(1000, 1000, LIMITS.timeout(), "-Xmx64m", 1, 1, 1);

    ExtractionException e =
        assertThrows(ExtractionException.class, () -> CONVERTER.extract(txt, "big.txt", tiny));

    assertEquals(Reason.TOO_LARGE, e.reason());
  }
}
