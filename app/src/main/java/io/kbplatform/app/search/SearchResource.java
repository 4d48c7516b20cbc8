package io.kbplatform.app.search;

import io.kbplatform.content.user.Role;
import io.kbplatform.search.query.ArticleSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  public static final int MAX_QUERY_LENGTH = 500;

  private ArticleSearch search;

  protected SearchResource() {}

  @Inject
  public SearchResource(ArticleSearch search) {
    this.search = search;
  }

  @GET
  @Operation(summary = "Search published articles")
  @APIResponse(responseCode = "200", description = "Total matches and the best hits")
  @APIResponse(responseCode = "503", description = "Search is temporarily unavailable")
  public SearchView search(
      @QueryParam("q") @NotBlank @Size(max = MAX_QUERY_LENGTH) String q,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(ArticleSearch.MAX_LIMIT) int limit) {
    return SearchView.of(search.search(q.strip(), limit));
  }
}
