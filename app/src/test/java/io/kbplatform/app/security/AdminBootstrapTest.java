package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

  @Test
  void generatedPasswordsAreLongAndDifferentEachTime() {
    String first = AdminBootstrap.generatePassword();
    String second = AdminBootstrap.generatePassword();

    assertEquals(24, first.length());
    assertNotEquals(first, second);
  }
}
