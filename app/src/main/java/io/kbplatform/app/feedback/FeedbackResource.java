package io.kbplatform.app.feedback;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.http.PageLimits;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.feedback.Feedback;
import io.kbplatform.content.feedback.FeedbackInbox;
import io.kbplatform.content.feedback.FeedbackService;
import io.kbplatform.content.feedback.FeedbackState;
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
 * Handling feedback: the inbox of owners and publishers, acknowledging and resolving with a reply,
 * and the reporter's own list.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class FeedbackResource {

  private FeedbackService feedback;
  private FeedbackInbox inbox;
  private ArticleQueries articles;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected FeedbackResource() {}

  @Inject
  public FeedbackResource(
      FeedbackService feedback, FeedbackInbox inbox, ArticleQueries articles, CurrentActor actor) {
    this.feedback = feedback;
    this.inbox = inbox;
    this.articles = articles;
    this.actor = actor;
  }

  @GET
  @Path("inbox")
  @Operation(
      summary = "Flags and comments on articles you own or publish, newest first",
      description =
          "Optionally ?state=NEW|ACKNOWLEDGED|RESOLVED. Keyset paging with ?after= and Link"
              + " rel=next.")
  @APIResponse(
      responseCode = "200",
      description = "A page of feedback, each with the title and space of its article if readable")
  @APIResponse(responseCode = "400", description = "Unknown state or cursor")
  public Response inbox(
      @QueryParam("state") FeedbackState state,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return view(inbox.inbox(actor.get(), state, new PageRequest(after, limit)));
  }

  @GET
  @Path("mine")
  @Operation(
      summary = "Your own feedback with the replies to it, newest first",
      description = "Keyset paging with ?after= and Link rel=next.")
  @APIResponse(
      responseCode = "200",
      description = "A page of feedback, each with the title and space of its article if readable")
  public Response mine(
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return view(inbox.mine(actor.get(), new PageRequest(after, limit)));
  }

  /** The page, each item with the title and space of its article if the caller may read it. */
  private Response view(Page<Feedback> page) {
    var ids = page.items().stream().map(Feedback::articleId).toList();
    Map<String, SeenArticle> seen = articles.seenAmong(actor.get(), ids);
    return NextPage.ok(uri, page, f -> FeedbackView.of(f, seen.get(f.articleId())));
  }

  @GET
  @Path("{feedbackId}")
  @Operation(summary = "One piece of feedback (its reporter, the owner or a publisher)")
  @APIResponse(responseCode = "200", description = "The feedback")
  @APIResponse(responseCode = "404", description = "No such feedback, or not visible to you")
  public FeedbackView get(@PathParam("feedbackId") String id) {
    return FeedbackView.of(feedback.get(actor.get(), id));
  }

  @POST
  @Path("{feedbackId}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Acknowledge new feedback, optionally with a reply to the reporter")
  @APIResponse(responseCode = "200", description = "Acknowledged")
  @APIResponse(responseCode = "403", description = "Neither the owner nor a publisher")
  @APIResponse(responseCode = "404", description = "No such feedback, or not visible to you")
  @APIResponse(responseCode = "409", description = "Not new (acknowledged or resolved already)")
  public FeedbackView acknowledge(@PathParam("feedbackId") String id, @Valid ReplyRequest body) {
    return FeedbackView.of(feedback.acknowledge(actor.get(), id, ReplyRequest.replyOf(body)));
  }

  @POST
  @Path("{feedbackId}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Resolve feedback with a reply to the reporter")
  @APIResponse(responseCode = "200", description = "Resolved")
  @APIResponse(responseCode = "400", description = "No reply")
  @APIResponse(responseCode = "403", description = "Neither the owner nor a publisher")
  @APIResponse(responseCode = "404", description = "No such feedback, or not visible to you")
  @APIResponse(responseCode = "409", description = "Resolved already")
  public FeedbackView resolve(
      @PathParam("feedbackId") String id, @Valid @NotNull ReplyRequest body) {
    return FeedbackView.of(feedback.resolve(actor.get(), id, body.reply));
  }
}
