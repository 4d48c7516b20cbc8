package io.kbplatform.app.searchanalytics;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.searchanalytics.ReportRange;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The query parameters of a search report. Numbers are text so that a non-number is a 400 with a
 * field error (JAX-RS answers a bad int parameter with 404); constraints sit on fields because
 * Payara's OpenAPI generator fails on constrained method parameters.
 */
public class ReportParams {

  static final int MAX_LIMIT = 100;
  static final String DEFAULT_LIMIT = "20";
  private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
  private static final String DATE_MESSAGE = "must be an ISO date, e.g. 2026-11-01";

  /** First day (UTC), included; default: 29 days before {@code to}. */
  @QueryParam("from")
  @Pattern(regexp = DATE, message = DATE_MESSAGE)
  public String from;

  /** Last day (UTC), included; default: today. */
  @QueryParam("to")
  @Pattern(regexp = DATE, message = DATE_MESSAGE)
  public String to;

  @QueryParam("limit")
  @DefaultValue(DEFAULT_LIMIT)
  @Bounded(max = MAX_LIMIT)
  public Integer limit;

  /** Only for the low click-through report: fewer searches than this are not judged. */
  @QueryParam("minSearches")
  @DefaultValue("3")
  @Bounded(max = Integer.MAX_VALUE)
  public Long minSearches;

  /** Only searches by users whose highest role is this one. */
  @QueryParam("role")
  @Pattern(
      regexp = "AGENT|LEARNER|AUTHOR|TRAINER|ADMIN|NONE",
      message = "must be AGENT, LEARNER, AUTHOR, TRAINER, ADMIN or NONE")
  public String role;

  ReportRange range(Clock clock) {
    return ReportRange.days(date(from, "from"), date(to, "to"), clock).withRole(role);
  }

  int limitValue() {
    return limit;
  }

  long minSearchesValue() {
    return minSearches;
  }

  private static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name + " is not a valid date: " + value + ".");
    }
  }
}
