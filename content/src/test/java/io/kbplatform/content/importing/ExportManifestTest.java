package io.kbplatform.content.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an export's manifest: streamed, and refused whole when it is larger than allowed. */
class ExportManifestTest {

  private static final ImportLimits LIMITS = new ImportLimits(64 * 1024, 5, 3, 1024 * 1024);

  @TempDir Path dir;

  @Test
  void theArticlesAreListedInOrderWithTheirFiles() throws Exception {
    Path metadata =
        write(
            "{\"format\":\"kb-space-export\",\"space\":{\"key\":\"CS\",\"name\":\"客服\"},"
                + "\"categories\":[{\"id\":\"1\",\"children\":[]}],\"articles\":["
                + article("articles/退款.md", 1)
                + ","
                + article("articles/发票.md", 3)
                + "]}");

    assertEquals(
        List.of("articles/退款.md", "articles/发票.md"), ExportManifest.check(metadata, LIMITS));
  }

  @Test
  void aManifestLargerThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
    Path metadata = dir.resolve("metadata.json");
    try (Writer out = Files.newBufferedWriter(metadata, StandardCharsets.UTF_8)) {
      out.write("{\"articles\":[");
      for (int i = 0; i < 2000; i++) {
        out.write((i == 0 ? "" : ",") + article("articles/a" + i + ".md", 0));
      }
      out.write("]}");
    }

    ExtractionException refused =
        assertThrows(ExtractionException.class, () -> ExportManifest.check(metadata, LIMITS));

    assertEquals(Reason.RESOURCE_LIMIT, refused.reason());
    assertTrue(refused.getMessage().contains("at most 65536"), refused.getMessage());
  }

  @Test
  void aManifestListingMoreArticlesThanTheLimitIsRefused() throws Exception {
    StringBuilder json = new StringBuilder("{\"articles\":[");
    for (int i = 0; i < 6; i++) {
      json.append(i == 0 ? "" : ",").append(article("articles/a" + i + ".md", 0));
    }
    Path metadata = write(json.append("]}").toString());

    ExtractionException refused =
        assertThrows(ExtractionException.class, () -> ExportManifest.check(metadata, LIMITS));

    assertEquals(Reason.RESOURCE_LIMIT, refused.reason());
    assertTrue(refused.getMessage().contains("more than 5 articles"), refused.getMessage());
  }

  @Test
  void anArticleNamingOneFileAsMoreAttachmentsThanTheLimitIsRefused() throws Exception {
    Path metadata = write("{\"articles\":[" + article("articles/bomb.md", 4) + "]}");

    ExtractionException refused =
        assertThrows(ExtractionException.class, () -> ExportManifest.check(metadata, LIMITS));

    assertEquals(Reason.RESOURCE_LIMIT, refused.reason());
    assertTrue(refused.getMessage().contains("4 attachments"), refused.getMessage());
  }

  @Test
  void aFileThatIsNotAnExportIsCorrupt() throws Exception {
    for (String json :
        List.of("[1,2]", "{\"space\":{}}", "{\"articles\":[1]}", "{\"articles\":[")) {
      Path metadata = write(json);

      ExtractionException refused =
          assertThrows(ExtractionException.class, () -> ExportManifest.check(metadata, LIMITS));

      assertEquals(Reason.CORRUPT, refused.reason(), json);
    }
  }

  /** An article whose attachments all name the same ZIP entry. */
  private static String article(String file, int attachments) {
    StringBuilder json =
        new StringBuilder("{\"file\":\"" + file + "\",\"title\":\"标题\",\"attachments\":[");
    for (int i = 0; i < attachments; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"name\":\"a" + i + ".pdf\",\"file\":\"attachments/x/big.pdf\"}");
    }
    return json.append("]}").toString();
  }

  private Path write(String json) throws IOException {
    return Files.writeString(
        Files.createTempFile(dir, "metadata", ".json"), json, StandardCharsets.UTF_8);
  }
}
