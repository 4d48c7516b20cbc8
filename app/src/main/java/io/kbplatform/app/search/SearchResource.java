package io.kbplatform.app.search;

import io.kbplatform.app.searchanalytics.SearchClickRequest;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.content.searchanalytics.SearchLog;
import io.kbplatform.content.searchanalytics.SearchRecord;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchResults;
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
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over published articles, Simplified and Traditional Chinese alike. */
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

  private ArticleSearch search;
  private AccessPolicy policy;
  private CurrentActor actor;
  private SearchLog searchLog;

  protected SearchResource() {}

  @Inject
  public SearchResource(
      ArticleSearch search, AccessPolicy policy, CurrentActor actor, SearchLog searchLog) {
    this.search = search;
    this.policy = policy;
    this.actor = actor;
    this.searchLog = searchLog;
  }

  @GET
  @Operation(
      summary = "Search published articles you may read",
      description = "Hits, totals and snippets only ever come from articles you may read.")
  @APIResponse(responseCode = "200", description = "Total matches and the best hits")
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
  public SearchView search(@Valid @BeanParam SearchParams params) {
    ReadScope scope = policy.readScope(actor.get());
    long started = System.nanoTime();
    SearchResults results =
        search.search(params.q.strip(), params.limitValue(), scope, params.archived);
    UUID searchId =
        searchLog.record(
            new SearchRecord(
                params.q,
                Map.of(),
                "relevance",
                results.total(),
                (System.nanoTime() - started) / 1_000_000,
                SearchRecord.highestRole(actor.get().roles()),
                true,
                null));
    return SearchView.of(searchId, results);
  }

  @POST
  @Path("{searchId}/clicks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a click on a hit of a search",
      description = "Body: the article clicked and its 1-based position in the results.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "400", description = "No article id, or a position below 1")
  @APIResponse(responseCode = "404", description = "No such search")
  public void click(
      @PathParam("searchId") String searchId, @Valid @NotNull SearchClickRequest body) {
    UUID id;
    try {
      id = UUID.fromString(searchId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Search", searchId);
    }
    searchLog.click(id, body.articleId, body.position);
  }
}
