package io.kbplatform.app.workflow;

import io.kbplatform.app.article.ArticleEtags;
import io.kbplatform.app.article.ArticleSummary;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.verification.ArticleVerification;
import io.kbplatform.content.workflow.ArticleWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workflow of one article: submit for review, approve or reject, publish directly, archive and
 * unarchive, verify; and its history. Each step may carry {@code If-Match} (412 when stale).
 */
@Path("articles/{id}/workflow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class WorkflowResource {

  private ArticleWorkflow workflow;
  private ArticleVerification verification;
  private ArticleQueries queries;
  private CurrentActor actor;

  protected WorkflowResource() {}

  @Inject
  public WorkflowResource(
      ArticleWorkflow workflow,
      ArticleVerification verification,
      ArticleQueries queries,
      CurrentActor actor) {
    this.workflow = workflow;
    this.verification = verification;
    this.queries = queries;
    this.actor = actor;
  }

  @GET
  @Operation(summary = "The workflow history of an article, oldest first (editors)")
  public List<WorkflowEventView> history(@PathParam("id") String id) {
    return workflow.history(actor.get(), id).stream().map(WorkflowEventView::of).toList();
  }

  @POST
  @Path("submit")
  @Operation(summary = "Submit the latest draft for review")
  @APIResponse(responseCode = "409", description = "The article is not a draft")
  public Response submit(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id, m, body, (actor, expected, t) -> workflow.submit(actor, id, expected, t.comment));
  }

  @POST
  @Path("approve")
  @Operation(summary = "Approve the draft in review: it becomes the published version")
  @APIResponse(responseCode = "403", description = "You do not publish in this space")
  public Response approve(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id,
        m,
        body,
        (actor, expected, t) -> workflow.approve(actor, id, expected, t.comment, t.significant));
  }

  @POST
  @Path("reject")
  @Operation(summary = "Send the draft in review back to its authors, with a comment")
  @APIResponse(responseCode = "400", description = "No comment")
  public Response reject(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id, m, body, (actor, expected, t) -> workflow.reject(actor, id, expected, t.comment));
  }

  @POST
  @Path("publish")
  @Operation(summary = "Publish the latest version directly (publishers)")
  public Response publish(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id,
        m,
        body,
        (actor, expected, t) -> workflow.publish(actor, id, expected, t.comment, t.significant));
  }

  @POST
  @Path("archive")
  @Operation(summary = "Archive: hidden from readers and from search")
  public Response archive(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id, m, body, (actor, expected, t) -> workflow.archive(actor, id, expected, t.comment));
  }

  @POST
  @Path("unarchive")
  @Operation(summary = "Bring an archived article back")
  public Response unarchive(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String m, String body) {
    return step(
        id, m, body, (actor, expected, t) -> workflow.unarchive(actor, id, expected, t.comment));
  }

  @POST
  @Path("verify")
  @Operation(summary = "Confirm the article is still right: the review clock starts again")
  @APIResponse(responseCode = "403", description = "Neither the owner nor a publisher")
  public Response verify(@PathParam("id") String id) {
    return done(verification.verify(actor.get(), id));
  }

  /** One workflow step of an article, given the actor, the expected lock version and the body. */
  private interface Step {
    Article take(Actor actor, Long expectedLockVersion, TransitionRequest request);
  }

  private Response step(String id, String ifMatch, String body, Step step) {
    return done(
        step.take(actor.get(), ArticleEtags.optional(ifMatch, id), TransitionRequest.parse(body)));
  }

  /** The article after the step, as the caller sees it: an owner who only reads sees no draft. */
  private Response done(Article article) {
    SeenArticle seen = queries.seenBy(actor.get(), article);
    return Response.ok(ArticleSummary.of(seen)).tag(ArticleEtags.of(seen)).build();
  }
}
