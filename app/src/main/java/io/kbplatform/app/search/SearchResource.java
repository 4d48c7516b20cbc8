package io.kbplatform.app.search;

import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.searchanalytics.SearchClickRequest;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.query.Suggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Full-text search over published articles, Simplified and Traditional Chinese alike. Only converts
 * parameters and results: the use cases are {@link SearchService} and {@link SuggestionService}.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class SearchResource {

  private SearchService search;
  private SuggestionService suggestions;
  private SearchRecording recording;
  private CurrentActor actor;
  @Context UriInfo uri;

  protected SearchResource() {}

  @Inject
  public SearchResource(
      SearchService search,
      SuggestionService suggestions,
      SearchRecording recording,
      CurrentActor actor) {
    this.search = search;
    this.suggestions = suggestions;
    this.recording = recording;
    this.actor = actor;
  }

  @GET
  @Operation(
      summary = "Search published articles you may read",
      description = "Hits, totals and snippets only ever come from articles you may read.")
  @APIResponse(
      responseCode = "200",
      description =
          "Total matches, one page of hits, facet counts, the next page (also in a Link header)"
              + " and a correction when the query found little",
      content = @Content(schema = @Schema(implementation = SearchView.class)))
  @APIResponse(responseCode = "400", description = "A bad parameter, filter or cursor")
  @APIResponse(responseCode = "503", description = "Search is temporarily unavailable")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      required = true,
      description = "What to look for, in Simplified or Traditional Chinese and/or English")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "How many hits to return, 1 to 100 (default 10)")
  @Parameter(
      name = "sort",
      in = ParameterIn.QUERY,
      description = "relevance (default: best match first) or recency (last updated first)")
  @Parameter(
      name = "after",
      in = ParameterIn.QUERY,
      description = "The cursor of the next page, as given in the previous page's next link")
  @Parameter(
      name = "archived",
      in = ParameterIn.QUERY,
      description = "Archived articles too, in spaces you edit")
  @Parameter(name = "space", in = ParameterIn.QUERY, description = "Only these spaces (repeatable)")
  @Parameter(
      name = "category",
      in = ParameterIn.QUERY,
      description = "Only these category ids (repeatable)")
  @Parameter(
      name = "tags",
      in = ParameterIn.QUERY,
      description = "Only with these tags (repeatable)")
  @Parameter(
      name = "template",
      in = ParameterIn.QUERY,
      description = "Only these templates: FAQ, HOW_TO, TROUBLESHOOTING, KCS (repeatable)")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "PUBLISHED or ARCHIVED (with archived=true)")
  @Parameter(
      name = "verification",
      in = ParameterIn.QUERY,
      description = "verified or needs_review")
  @Parameter(
      name = "updated",
      in = ParameterIn.QUERY,
      description = "Last updated within 7d, 30d, 90d, 365d, or older (repeatable)")
  public Response search(@Valid @BeanParam SearchParams params) {
    SearchService.Outcome outcome = search.search(actor.get(), params.request());
    String next = NextPage.address(uri, "after", outcome.results().next());
    return NextPage.ok(SearchView.of(outcome.searchId(), outcome.results(), next), next);
  }

  @GET
  @Path("suggestions")
  @Operation(
      summary = "Autocomplete while typing",
      description =
          "Titles of articles you may read that match what has been typed (the last word as a"
              + " prefix), and popular queries of others that find articles you may read.")
  @APIResponse(
      responseCode = "200",
      description = "Title and query suggestions",
      content = @Content(schema = @Schema(implementation = Suggestions.class)))
  @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "What was typed")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many of each")
  public Suggestions suggest(@Valid @BeanParam SuggestParams params) {
    return suggestions.suggest(actor.get(), params.q, params.limit);
  }

  @POST
  @Path("{searchId}/clicks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a click on a hit of a search",
      description =
          "Body: the article clicked and its 1-based position in the results. Only the user who"
              + " searched may click, only on an article the search showed, once per hit. Clicks"
              + " feed the click-through reports and the popularity of articles in ranking.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(
      responseCode = "400",
      description = "No article id, a position below 1, or an article this search did not show")
  @APIResponse(
      responseCode = "404",
      description = "No such search of yours, or an article you may no longer read")
  @APIResponse(responseCode = "409", description = "This hit was clicked already")
  public void click(
      @PathParam("searchId") String searchId, @Valid @NotNull SearchClickRequest body) {
    UUID id;
    try {
      id = UUID.fromString(searchId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Search", searchId);
    }
    recording.click(actor.get(), id, body);
  }
}
