package io.kbplatform.app.searchanalytics;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.content.searchanalytics.PopularQueries;
import io.kbplatform.content.searchanalytics.QueryText;
import io.kbplatform.content.searchanalytics.ReportRange;
import io.kbplatform.content.searchanalytics.SearchLog;
import io.kbplatform.content.searchanalytics.SearchReports;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.query.ArticleSuggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Search analytics for the people who keep the content useful: what is searched, what finds
 * nothing, and what finds something nobody clicks. Queries are normalised and masked; no report
 * names a user. A viewer sees only searches made in spaces they administer (an administrator: all),
 * and popular queries only as their own autocomplete would offer them.
 */
@Path("analytics/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search analytics")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class SearchAnalyticsResource {

  private SearchReports reports;
  private PopularQueries popular;
  private SearchLog log;
  private Clock clock;
  private AccessPolicy policy;
  private CurrentActor actor;
  private ArticleSuggestions suggestions;

  protected SearchAnalyticsResource() {}

  @Inject
  public SearchAnalyticsResource(
      SearchReports reports,
      PopularQueries popular,
      SearchLog log,
      Clock clock,
      AccessPolicy policy,
      CurrentActor actor,
      ArticleSuggestions suggestions) {
    this.reports = reports;
    this.popular = popular;
    this.log = log;
    this.clock = clock;
    this.policy = policy;
    this.actor = actor;
    this.suggestions = suggestions;
  }

  /** The report's days and role, limited to searches in the spaces the viewer administers. */
  private ReportRange range(ReportParams params) {
    ReadScope scope = policy.readScope(actor.get());
    ReportRange range = params.range(clock);
    return scope.everything() ? range : range.inSpaces(scope.administeredSpaces());
  }

  /** Popular successful queries that start with a prefix. */
  public record PopularView(List<String> queries) {}

  /** How recording keeps up: searches waiting to be written, and searches lost since start. */
  public record RecordingView(int pending, long dropped) {}

  @GET
  @Path("top-queries")
  @Operation(
      summary = "The most searched queries over a range of days",
      description =
          "Per normalised query: first-page searches, clicks, click-through rate (share of"
              + " searches with a click), average result count and latency. Default: the last 30"
              + " days; dates are UTC days, both included.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "A bad date or number, or from after to")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day, e.g. 2026-11-01")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day (default today)")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100 (default 20)")
  @Parameter(name = "role", in = ParameterIn.QUERY, description = "Only searchers of this role")
  public QueryReportView topQueries(@Valid @BeanParam ReportParams params) {
    ReportRange range = range(params);
    return QueryReportView.of(range, reports.topQueries(range, params.limitValue()));
  }

  @GET
  @Path("zero-results")
  @Operation(
      summary = "Queries that found nothing, most frequent first",
      description = "Content gaps: what people looked for and did not find.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "A bad date or number, or from after to")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day, e.g. 2026-11-01")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day (default today)")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100 (default 20)")
  @Parameter(name = "role", in = ParameterIn.QUERY, description = "Only searchers of this role")
  public QueryReportView zeroResults(@Valid @BeanParam ReportParams params) {
    ReportRange range = range(params);
    return QueryReportView.of(range, reports.zeroResultQueries(range, params.limitValue()));
  }

  @GET
  @Path("low-click-through")
  @Operation(
      summary = "Queries that find something but whose hits are rarely clicked",
      description =
          "Only searches with results count; queries searched fewer than minSearches times are"
              + " left out. Lowest click-through rate first, then the most frequent.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "A bad date or number, or from after to")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day, e.g. 2026-11-01")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day (default today)")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100 (default 20)")
  @Parameter(name = "minSearches", in = ParameterIn.QUERY, description = "Default 3")
  @Parameter(name = "role", in = ParameterIn.QUERY, description = "Only searchers of this role")
  public QueryReportView lowClickThrough(@Valid @BeanParam ReportParams params) {
    ReportRange range = range(params);
    return QueryReportView.of(
        range,
        reports.lowClickThroughQueries(range, params.minSearchesValue(), params.limitValue()));
  }

  @GET
  @Path("popular-queries")
  @Operation(
      summary = "Popular successful queries starting with a prefix",
      description =
          "What autocomplete offers you: queries of the last 30 days searched by several distinct"
              + " users, holding no personal data, that find articles you may read; most popular"
              + " first; refreshed every minute.")
  @APIResponse(responseCode = "200", description = "The queries")
  @Parameter(name = "prefix", in = ParameterIn.QUERY, description = "Start of the query")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 100 (default 20)")
  public PopularView popularQueries(
      @QueryParam("prefix") String prefix,
      @QueryParam("limit")
          @DefaultValue(ReportParams.DEFAULT_LIMIT)
          @Bounded(max = ReportParams.MAX_LIMIT)
          int limit) {
    // exactly what this viewer's autocomplete could offer: nothing of spaces they cannot read
    List<String> candidates = popular.startingWith(QueryText.normalise(prefix), limit);
    return new PopularView(
        suggestions.readableQueries(candidates, limit, policy.readScope(actor.get())));
  }

  @GET
  @Path("recording")
  @Operation(
      summary = "Whether search recording keeps up",
      description = "Searches waiting to be written and searches dropped since the server started.")
  @APIResponse(responseCode = "200", description = "The counts")
  public RecordingView recording() {
    return new RecordingView(log.pending(), log.dropped());
  }
}
