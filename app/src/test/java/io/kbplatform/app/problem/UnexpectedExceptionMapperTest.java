package io.kbplatform.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.search.query.SearchUnavailableException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void aServerFaultIs500WithACorrelationIdAndNothingAboutTheCode() {
    Response response =
        mapper.toResponse(new IllegalStateException("io.kbplatform.secret.Thing broke at line 42"));

    assertEquals(500, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    Problem problem = (Problem) response.getEntity();
    assertNotNull(problem.correlationId());
    String text = problem.toString();
    assertFalse(text.contains("IllegalStateException"), text);
    assertFalse(text.contains("io.kbplatform"), text);
    assertFalse(text.contains("line 42"), text);
  }

  @Test
  void businessExceptionsWrappedByTheContainerKeepTheirStatus() {
    Response response =
        mapper.toResponse(new RuntimeException(new NotFoundException("Article", "42")));

    assertEquals(404, response.getStatus());
  }

  @Test
  void anUnreachableSearchClusterIs503() {
    Response response = mapper.toResponse(new SearchUnavailableException(new IOException("x")));

    assertEquals(503, response.getStatus());
    assertEquals(null, ((Problem) response.getEntity()).correlationId());
  }
}
