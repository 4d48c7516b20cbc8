package io.kbplatform.app.search;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.Facet;
import io.kbplatform.search.query.SearchQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a search. Constraints sit on fields, not on resource-method parameters,
 * because Payara's OpenAPI generator fails on constrained method parameters. Each facet filter may
 * be repeated ({@code space=A&space=B}): values of one facet are alternatives.
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
  @Bounded(max = ArticleSearch.MAX_LIMIT)
  public Integer limit;

  /** Archived articles too (only those in spaces you edit). */
  @QueryParam("archived")
  @DefaultValue("false")
  public boolean archived;

  /** {@code relevance} or {@code recency}, in any case (read from the enum itself). */
  @QueryParam("sort")
  @DefaultValue("relevance")
  public SearchQuery.SortOrder sort;

  /** The {@code next} cursor of the previous page. */
  @QueryParam("after")
  @Size(max = 1000)
  public String after;

  @QueryParam("space")
  public List<String> space;

  @QueryParam("category")
  public List<String> category;

  @QueryParam("tags")
  public List<String> tags;

  @QueryParam("template")
  public List<String> template;

  @QueryParam("status")
  public List<String> status;

  /** {@code verified} or {@code needs_review}. */
  @QueryParam("verification")
  public List<String> verification;

  /** {@code 7d}, {@code 30d}, {@code 90d}, {@code 365d} or {@code older}. */
  @QueryParam("updated")
  public List<String> updated;

  SearchQuery request() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    put(filters, Facet.SPACE, space);
    put(filters, Facet.CATEGORY, category);
    put(filters, Facet.TAGS, tags);
    put(filters, Facet.TEMPLATE, template);
    put(filters, Facet.STATUS, status);
    put(filters, Facet.VERIFICATION, verification);
    put(filters, Facet.UPDATED, updated);
    return new SearchQuery(
        q.strip(), limit, filters, sort, after == null || after.isBlank() ? null : after, archived);
  }

  private static void put(Map<String, List<String>> filters, Facet facet, List<String> values) {
    if (values != null && !values.isEmpty()) {
      filters.put(facet.key(), values);
    }
  }
}
