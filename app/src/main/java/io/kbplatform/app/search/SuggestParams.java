package io.kbplatform.app.search;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.search.query.ArticleSuggestions;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The query parameters of autocomplete (constraints on fields: see {@link SearchParams}). */
public class SuggestParams {

  public static final int MAX_PREFIX_LENGTH = 100;

  @QueryParam("q")
  @NotNull(message = "must not be blank")
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  @Size(max = MAX_PREFIX_LENGTH)
  public String q;

  @QueryParam("limit")
  @DefaultValue("8")
  @Bounded(max = ArticleSuggestions.MAX_LIMIT)
  public Integer limit;
}
