package io.kbplatform.app.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with one entry per invalid field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return toResponse(exception, uri);
  }

  static Response toResponse(ConstraintViolationException exception, UriInfo uri) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        Status.BAD_REQUEST, "The request is not valid: see errors.", uri, errors);
  }

  /**
   * The request field a violation is about: a query or path parameter's name, or the property of
   * the request body (with an index for list elements).
   */
  static String field(ConstraintViolation<?> violation) {
    String field = "request";
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER, PROPERTY -> field = node.getName();
        case CONTAINER_ELEMENT, BEAN ->
            field = node.getIndex() == null ? field : field + "[" + node.getIndex() + "]";
        default -> {
          // the method, the return value, the bean: not a field of the request
        }
      }
    }
    return field;
  }
}
