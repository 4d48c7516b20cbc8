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

  @QueryParam("limit")
  @DefaultValue("10")
  @Min(1)
  @Max(ArticleSearch.MAX_LIMIT)
  public int limit;
}
