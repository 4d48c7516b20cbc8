package io.kbplatform.app.search;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.content.user.Role;
import io.kbplatform.search.query.ArticleSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

  protected SearchResource() {}

  @Inject
  public SearchResource(ArticleSearch search, AccessPolicy policy, CurrentActor actor) {
    this.search = search;
    this.policy = policy;
    this.actor = actor;
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
    return SearchView.of(
        search.search(params.q.strip(), params.limitValue(), scope, params.archived));
  }
}
