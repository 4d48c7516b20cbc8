package io.kbplatform.app.http;

import jakarta.ws.rs.WebApplicationException;

/**
 * A query parameter whose value cannot be used: 400 with the parameter named. A {@link
 * WebApplicationException} because JAX-RS passes only those through unchanged from a parameter
 * converter; any other failure there becomes a 404.
 */
public class InvalidParameterException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String rule;

  public InvalidParameterException(String parameter, String rule) {
    super(parameter + " " + rule + ".", 400);
    this.parameter = parameter;
    this.rule = rule;
  }

  /** The name of the parameter, as in the request. */
  public String parameter() {
    return parameter;
  }

  /** What the value must be, e.g. "must be an integer between 1 and 200". */
  public String rule() {
    return rule;
  }
}
