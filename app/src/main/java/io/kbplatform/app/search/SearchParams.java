package io.kbplatform.app.search;

import io.kbplatform.search.query.ArticleSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of a search. Constraints sit on fields, not on resource-method parameters,
 * because Payara's OpenAPI generator fails on constrained method parameters.
 */
public class SearchParams {

  public static final int MAX_QUERY_LENGTH = 500;

  @QueryParam("q")
  @NotNull(message = "must not be blank")
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  @Size(max = MAX_QUERY_LENGTH)
  public String q;

  /** Text, not int: JAX-RS answers a non-numeric int parameter with 404, we want a 400. */
  @QueryParam("limit")
  @DefaultValue("10")
  @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
  @Min(1)
  @Max(ArticleSearch.MAX_LIMIT)
  public String limit;

  /** Archived articles too (only those in spaces you edit). */
  @QueryParam("archived")
  @DefaultValue("false")
  public boolean archived;

  int limitValue() {
    return Integer.parseInt(limit);
  }
}
