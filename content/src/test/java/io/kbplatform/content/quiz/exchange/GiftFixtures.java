package io.kbplatform.content.quiz.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the GIFT and Aiken files kept under {@code src/test/resources/quiz}. */
final class GiftFixtures {

  private GiftFixtures() {}

  static String fixture(String name) {
    try (InputStream in = GiftFixtures.class.getResourceAsStream("/quiz/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
