package io.kbplatform.content.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test files generated on the fly: Office documents with POI, PDFs with PDFBox, ZIPs. */
final class Fixtures {

  static final String SIMPLIFIED =
      "您好，感谢您致电客户服务中心。我们会在二十四小时内回复客户的问题，请保持电话畅通。" + "如果需要办理退款，请准备好订单号码和身份证明文件。";
  static final String TRADITIONAL =
      "您好，感謝您致電客戶服務中心。我們會在二十四小時內回覆客戶的問題，請保持電話暢通。" + "如果需要辦理退款，請準備好訂單號碼和身分證明文件。";

  /** A 1×1 PNG. */
  static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private Fixtures() {}

  /** A DOCX of (style, text) pairs; style {@code Heading1}, {@code Heading2} or {@code null}. */
  static Path docx(Path dir, String name, String... styleAndText) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      for (int level = 1; level <= 2; level++) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal("heading " + level);
        style.setName(styleName);
        styles.addStyle(new XWPFStyle(style));
      }
      for (int i = 0; i < styleAndText.length; i += 2) {
        var paragraph = doc.createParagraph();
        if (styleAndText[i] != null) {
          paragraph.setStyle(styleAndText[i]);
        }
        paragraph.createRun().setText(styleAndText[i + 1]);
      }
      return write(dir.resolve(name), doc::write);
    }
  }

  /** A PPTX with one title-and-content slide per (title, body) pair. */
  static Path pptx(Path dir, String name, String... titleAndBody) throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      XSLFSlideLayout layout =
          ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      for (int i = 0; i < titleAndBody.length; i += 2) {
        XSLFSlide slide = ppt.createSlide(layout);
        slide.getPlaceholder(0).setText(titleAndBody[i]);
        slide.getPlaceholder(1).setText(titleAndBody[i + 1]);
      }
      return write(dir.resolve(name), ppt::write);
    }
  }

  /** A one-page PDF with Helvetica lines (no CJK font is at hand to write Chinese). */
  static Path pdf(Path dir, String name, String userPassword, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.setLeading(16);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                "owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      return write(dir.resolve(name), doc::save);
    }
  }

  /** An OOXML file encrypted with a password (agile encryption, an OLE2 container). */
  static Path encrypt(Path ooxml, Path target, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(ooxml, out);
      }
      return write(target, fs::writeFilesystem);
    }
  }

  /**
   * A DOCX whose {@code word/document.xml} holds about {@code megabytes} MB of Chinese paragraphs,
   * written as a stream; it compresses to well under 1 MB.
   */
  static Path hugeDocx(Path dir, String name, int megabytes) throws IOException {
    Path source = docx(dir, "small-" + name, null, "開始");
    Path target = dir.resolve(name);
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(source));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          writeHugeBody(out, megabytes);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return target;
  }

  private static void writeHugeBody(OutputStream out, int megabytes) throws IOException {
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] paragraph =
        ("<w:p><w:r><w:t>" + SIMPLIFIED + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
    long total = (long) megabytes * 1024 * 1024;
    for (long written = 0; written < total; written += paragraph.length) {
      out.write(paragraph);
    }
    out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path target, String content, String charset) throws IOException {
    return Files.write(target, content.getBytes(charset));
  }

  interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  static Path write(Path target, Writer writer) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      writer.writeTo(out);
    }
    return target;
  }
}
