package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  @Test
  void parsesUtf8UsernameAndAPasswordContainingColons() {
    String header = "Basic " + b64("王芳:pa:ss:密码");

    BasicCredentials credentials = BasicCredentials.parse(header).orElseThrow();

    assertEquals("王芳", credentials.username());
    assertArrayEquals("pa:ss:密码".toCharArray(), credentials.password());
  }

  @Test
  void rejectsWhatIsNotBasicCredentials() {
    assertTrue(BasicCredentials.parse(null).isEmpty());
    assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
    assertTrue(BasicCredentials.parse("Basic !!!not-base64").isEmpty());
    assertTrue(BasicCredentials.parse("Basic " + b64("no-colon")).isEmpty());
    assertTrue(BasicCredentials.parse("Basic " + b64(":empty-user")).isEmpty());
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
