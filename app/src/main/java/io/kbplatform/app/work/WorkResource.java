package io.kbplatform.app.work;

import io.kbplatform.app.article.ArticleSummary;
import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.http.PageLimits;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The work queues of "My work", one request each; the use cases are in {@link WorkQueues}. */
@Path("work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My work")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class WorkResource {

  private WorkQueues queues;
  private CurrentActor actor;
  @Context UriInfo uri;

  protected WorkResource() {}

  @Inject
  public WorkResource(WorkQueues queues, CurrentActor actor) {
    this.queues = queues;
    this.actor = actor;
  }

  @GET
  @Path("approvals")
  @Operation(
      summary = "Articles waiting for your approval, across spaces",
      description =
          "Articles in review in every space where you publish (administrators: every space),"
              + " most recently changed first. Keyset paging with ?after= and Link rel=next.")
  @APIResponse(
      responseCode = "200",
      description = "One page of article summaries (items) and the next page's address (next)")
  @APIResponse(responseCode = "400", description = "A bad cursor or limit")
  @Parameter(
      name = "after",
      in = ParameterIn.QUERY,
      description = "The cursor of the next page, as given in the previous page's next link")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 200 (default 50)")
  public Response approvals(
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return NextPage.ok(
        uri, queues.approvals(actor.get(), new PageRequest(after, limit)), ArticleSummary::of);
  }

  @GET
  @Path("drafts")
  @Operation(
      summary = "Your drafts, and why a publisher returned them",
      description =
          "Articles you created with the status (DRAFT, or IN_REVIEW for those you submitted), most"
              + " recently changed first; a draft whose last workflow step was a rejection carries"
              + " it in returned (who, when, the version, the comment). Keyset paging with ?after=.")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of drafts (items, each an article summary with returned) and the next page's address (next)")
  @APIResponse(responseCode = "400", description = "A status other than DRAFT or IN_REVIEW")
  @Parameter(name = "status", in = ParameterIn.QUERY, description = "DRAFT (default) or IN_REVIEW")
  @Parameter(
      name = "after",
      in = ParameterIn.QUERY,
      description = "The cursor of the next page, as given in the previous page's next link")
  @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 200 (default 50)")
  public Response drafts(
      @QueryParam("status") @DefaultValue("DRAFT") ArticleStatus status,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    if (status != ArticleStatus.DRAFT && status != ArticleStatus.IN_REVIEW) {
      throw new InvalidRequestException("status must be DRAFT or IN_REVIEW.");
    }
    WorkQueues.Drafts drafts = queues.drafts(actor.get(), status, new PageRequest(after, limit));
    return NextPage.ok(
        uri,
        drafts.page(),
        seen -> DraftView.of(ArticleSummary.of(seen), drafts.returned().get(seen.article().id())));
  }
}
