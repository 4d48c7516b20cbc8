package io.kbplatform.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  @Test
  void aBodyWithinTheLimitIsReadWhole() throws Exception {
    InputStream in = new RequestBodyLimit.Limited(new ByteArrayInputStream(new byte[100]), 100);

    assertEquals(100, in.readAllBytes().length);
  }

  @Test
  void readingPastTheLimitFailsWith413() {
    InputStream in = new RequestBodyLimit.Limited(new ByteArrayInputStream(new byte[101]), 100);

    PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class, in::readAllBytes);
    assertEquals(413, e.getResponse().getStatus());
  }
}
