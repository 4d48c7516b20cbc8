package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypesTest {

  @TempDir Path dir;

  @Test
  void aPdfNamedPngIsAPdf() throws Exception {
    Path pdf = Fixtures.pdf(dir, "x.png", null, "Hello");

    assertEquals(MediaTypes.PDF, MediaTypes.detect(pdf, "x.png"));
  }

  @Test
  void aPngNamedPdfIsAPng() throws Exception {
    Path png = Files.write(dir.resolve("report.pdf"), Fixtures.PNG);

    assertEquals("image/png", MediaTypes.detect(png, "report.pdf"));
  }

  @Test
  void plainTextNamedDocxIsPlainText() throws Exception {
    Path text = Fixtures.write(dir.resolve("a.docx"), Fixtures.SIMPLIFIED, "UTF-8");

    assertEquals(MediaTypes.TEXT, MediaTypes.detect(text, "a.docx"));
  }

  @Test
  void aProgramNamedPdfIsNotAPdf() throws Exception {
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
    Path program = Files.write(dir.resolve("report.pdf"), elf);

    assertNotEquals(MediaTypes.PDF, MediaTypes.detect(program, "report.pdf"));
  }

  @Test
  void theNameRefinesTextToMarkdownButNeverTurnsTextIntoABinaryType() throws Exception {
    Path text = Fixtures.write(dir.resolve("a"), "# 標題\n\n正文\n", "UTF-8");

    assertEquals(MediaTypes.MARKDOWN, MediaTypes.detect(text, "指南.md"));
    assertEquals(MediaTypes.TEXT, MediaTypes.detect(text, "指南.txt"));
    assertEquals(MediaTypes.TEXT, MediaTypes.detect(text, "指南.pdf"));
    assertEquals(MediaTypes.TEXT, MediaTypes.detect(text, null));
  }

  @Test
  void officeFilesAreKnownByTheirContent() throws Exception {
    Path docx = Fixtures.docx(dir, "a.bin", null, "正文");
    Path pptx = Fixtures.pptx(dir, "b.txt", "標題", "正文");

    assertEquals(MediaTypes.DOCX, MediaTypes.detect(docx, "a.bin"));
    assertEquals(MediaTypes.PPTX, MediaTypes.detect(pptx, "b.txt"));
  }
}
