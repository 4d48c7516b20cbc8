package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The web UI stays light: every script and style sheet a browser may load — our modules under
 * {@code webapp/ui/} and the two libraries the import map takes from WebJars — weighs less than 300
 * KB gzip-compressed, all together.
 */
class AssetBudgetTest {

  private static final long BUDGET = 300 * 1024;
  private static final List<String> LIBRARIES =
      List.of(
          "META-INF/resources/webjars/marked/17.0.1/lib/marked.esm.js",
          "META-INF/resources/webjars/dompurify/3.3.3/dist/purify.es.mjs");

  @Test
  void allScriptsAndStylesTogetherStayUnder300KbGzipped() throws IOException {
    Map<String, byte[]> assets = new LinkedHashMap<>();
    Path ui = uiFolder();
    List<Path> own = ownAssets(ui);
    assertFalse(own.isEmpty(), "no .js, .mjs or .css under " + ui.toAbsolutePath());
    for (Path file : own) {
      assets.put(
          "ui/" + ui.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
    for (String library : LIBRARIES) {
      assets.put(library.substring(library.indexOf("webjars/")), library(library));
    }

    long total = 0;
    StringBuilder report = new StringBuilder("UI assets (bytes, gzip bytes):\n");
    for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
      long compressed = gzipSize(asset.getValue());
      total += compressed;
      report.append(
          String.format("%8d %8d  %s%n", asset.getValue().length, compressed, asset.getKey()));
    }
    report.append(String.format("total gzip %d bytes of %d allowed%n", total, BUDGET));
    System.out.print(report);

    assertTrue(total < BUDGET, report::toString);
  }

  /** {@code src/main/webapp/ui} of this module; {@code -Dkb.ui.dir=…} points elsewhere. */
  private static Path uiFolder() {
    String configured = System.getProperty("kb.ui.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("basedir", "."), "src", "main", "webapp", "ui");
  }

  private static List<Path> ownAssets(Path ui) throws IOException {
    if (!Files.isDirectory(ui)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(ui)) {
      return new ArrayList<>(
          files
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().matches(".*\\.(js|mjs|css)"))
              .sorted()
              .toList());
    }
  }

  private static byte[] library(String resource) throws IOException {
    try (InputStream in = AssetBudgetTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the test classpath (WebJar dependency missing?)");
      return in.readAllBytes();
    }
  }

  private static long gzipSize(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }
}
