package io.kbplatform.content.importing.sections;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The documents under {@code src/test/resources/…/sections}, modelled on scraped training decks.
 */
final class Fixtures {

  /** A Traditional Chinese deck as a sharing site serves it: captions, scraper lines, pinyin. */
  static final String DECK = "training-deck-traditional.txt";

  /** A Simplified policy: a dotted table of contents, 第一章 and 一、, running header, page numbers. */
  static final String POLICY = "service-policy-simplified.txt";

  /** Slides as extraction writes a PPTX: one {@code ##} heading per short slide, page captions. */
  static final String SLIDES = "onboarding-slides.md";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
