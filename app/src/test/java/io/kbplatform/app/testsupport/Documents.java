package io.kbplatform.app.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test documents made on the fly: PDF with PDFBox, DOCX and PPTX with POI, hostile files. */
public final class Documents {

  private Documents() {}

  /** A one-page PDF with English text (the standard fonts have no Chinese glyphs). */
  public static byte[] pdf(String... lines) {
    return pdf(null, lines);
  }

  /** A PDF that opens only with the password "secret". */
  public static byte[] encryptedPdf(String... lines) {
    return pdf("secret", lines);
  }

  private static byte[] pdf(String password, String... lines) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        for (String line : lines) {
          text.showText(line);
          text.newLineAtOffset(0, -16);
        }
        text.endText();
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX with a title, then a level-1 heading and a paragraph per pair of strings. */
  public static byte[] docx(String title, String... headingsAndParagraphs) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(title);
      XWPFStyles styles = doc.createStyles();
      CTStyle heading = CTStyle.Factory.newInstance();
      heading.setStyleId("Heading1");
      heading.addNewName().setVal("heading 1");
      heading.setType(STStyleType.PARAGRAPH);
      styles.addStyle(new XWPFStyle(heading));
      for (int i = 0; i + 1 < headingsAndParagraphs.length; i += 2) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading1");
        h.createRun().setText(headingsAndParagraphs[i]);
        doc.createParagraph().createRun().setText(headingsAndParagraphs[i + 1]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PPTX with one title-and-content slide per pair of strings. */
  public static byte[] pptx(String... titlesAndBodies) {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      XSLFSlideLayout layout =
          ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      for (int i = 0; i + 1 < titlesAndBodies.length; i += 2) {
        XSLFSlide slide = ppt.createSlide(layout);
        slide.getPlaceholder(0).setText(titlesAndBodies[i]);
        slide.getPlaceholder(1).setText(titlesAndBodies[i + 1]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ppt.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX whose main part is broken XML: detected as DOCX, fails to parse. */
  public static byte[] corruptDocx() {
    byte[] good = docx("好文档", "标题", "内容");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          zip.write(
              "<w:document xmlns:w=\"broken\"><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
          zip.write(new byte[] {0, 1, 2, '<', '<', '&'});
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Text in a legacy Chinese encoding (GBK, Big5). */
  public static byte[] text(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  /** The start of a Linux executable. */
  public static byte[] elf() {
    byte[] bytes = new byte[4096];
    byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(header, 0, bytes, 0, header.length);
    bytes[16] = 2; // ET_EXEC
    bytes[18] = 0x3e; // x86-64
    return bytes;
  }

  /** A ZIP of the given entries, in order; a byte[] of zeros stands for a bomb entry. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The entries of a ZIP, by name. */
  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
