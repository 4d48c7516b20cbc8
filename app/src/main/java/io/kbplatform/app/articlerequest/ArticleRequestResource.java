package io.kbplatform.app.articlerequest;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.Created;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.http.PageLimits;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.articlerequest.ArticleRequestItem;
import io.kbplatform.content.articlerequest.ArticleRequestLists;
import io.kbplatform.content.articlerequest.ArticleRequestService;
import io.kbplatform.content.articlerequest.ArticleRequestStatus;
import io.kbplatform.content.articlerequest.Asked;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requests for missing articles: anyone asks when a search found nothing; authors, trainers and
 * administrators who may edit the space see the requests with how many asked, and resolve them.
 */
@Path("article-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Article requests")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ArticleRequestResource {

  private ArticleRequestService requests;
  private ArticleRequestLists lists;
  private ArticleQueries articles;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected ArticleRequestResource() {}

  @Inject
  public ArticleRequestResource(
      ArticleRequestService requests,
      ArticleRequestLists lists,
      ArticleQueries articles,
      CurrentActor actor) {
    this.requests = requests;
    this.lists = lists;
    this.articles = articles;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask for an article that a search did not find",
      description =
          "The query (at most 300 characters), an optional note (2000) and the space searched"
              + " (absent: every space). Asking for a query that is already open in the same"
              + " space, compared ignoring case, width and spacing, joins that request.")
  @APIResponse(responseCode = "201", description = "Recorded; Location names the request")
  @APIResponse(
      responseCode = "200",
      description = "You had asked for this open request already: the same request")
  @APIResponse(responseCode = "400", description = "No query, or a field is too long")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response ask(@Valid @NotNull AskRequest body) {
    Asked asked = requests.ask(actor.get(), body.toNewRequest());
    ArticleRequestView view = ArticleRequestView.of(asked.item());
    if (!asked.recorded()) {
      return Response.ok(view).build();
    }
    return Created.at(uri, "article-requests", view.id()).entity(view).build();
  }

  @GET
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The requests you handle, newest first, with how many people asked",
      description =
          "Requests for every space and for the spaces you may edit; ?space= narrows to one space"
              + " you may edit, ?status=OPEN|DONE|DECLINED to one status. Keyset paging with"
              + " ?after= and Link rel=next.")
  @APIResponse(responseCode = "200", description = "A page of requests")
  @APIResponse(responseCode = "400", description = "Unknown status or cursor")
  @APIResponse(
      responseCode = "403",
      description = "Not an author, trainer or administrator; or a space you may not edit")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response list(
      @QueryParam("status") ArticleRequestStatus status,
      @QueryParam("space") String space,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    String spaceKey = space == null || space.isBlank() ? null : space.strip();
    return view(lists.handled(actor.get(), status, spaceKey, new PageRequest(after, limit)));
  }

  @GET
  @Path("mine")
  @Operation(
      summary = "The requests you asked for, newest first, with what became of them",
      description = "Keyset paging with ?after= and Link rel=next.")
  @APIResponse(
      responseCode = "200",
      description = "A page of requests, each with the title of its answer if readable")
  @APIResponse(responseCode = "400", description = "Unknown cursor")
  public Response mine(
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return view(lists.mine(actor.get(), new PageRequest(after, limit)));
  }

  /** The page, each request with the title of its answer if the caller may read it. */
  private Response view(Page<ArticleRequestItem> page) {
    var ids = page.items().stream().flatMap(i -> i.article().stream()).toList();
    Map<String, SeenArticle> seen = articles.seenAmong(actor.get(), ids);
    return NextPage.ok(
        uri, page, i -> ArticleRequestView.of(i, i.article().map(seen::get).orElse(null)));
  }

  @GET
  @Path("{requestId}")
  @Operation(
      summary = "One request (those who asked for it, and those who handle it)",
      description = "Those who handle it also see everyone who asked (askedBy).")
  @APIResponse(responseCode = "200", description = "The request")
  @APIResponse(responseCode = "404", description = "No such request, or not visible to you")
  public ArticleRequestView get(@PathParam("requestId") String id) {
    return ArticleRequestView.of(requests.get(actor.get(), id));
  }

  @POST
  @Path("{requestId}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Mark a request done or declined",
      description =
          "{status: DONE|DECLINED, comment?, articleId?}: the comment (at most 500 characters)"
              + " and the answering article are shown to everyone who asked.")
  @APIResponse(responseCode = "200", description = "Resolved")
  @APIResponse(
      responseCode = "400",
      description = "Unknown status, comment too long, or an article you cannot read")
  @APIResponse(responseCode = "403", description = "You asked for it but may not edit its space")
  @APIResponse(responseCode = "404", description = "No such request, or not visible to you")
  @APIResponse(responseCode = "409", description = "Resolved already")
  public ArticleRequestView resolve(
      @PathParam("requestId") String id, @Valid @NotNull ResolveRequest body) {
    return ArticleRequestView.of(requests.resolve(actor.get(), id, body.toResolution()));
  }
}
