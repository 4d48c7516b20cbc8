package io.kbplatform.app.verification;

import io.kbplatform.app.article.ArticleSummary;
import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.http.PageLimits;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.verification.ArticleVerification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Keeping articles current: my review queue, what expires soon, and a check on demand. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class ReviewResource {

  private ArticleVerification verification;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected ReviewResource() {}

  @Inject
  public ReviewResource(ArticleVerification verification, CurrentActor actor) {
    this.verification = verification;
    this.actor = actor;
  }

  @GET
  @Path("mine")
  @Operation(summary = "My queue: articles I own that need review or are due within ?days=14")
  public Response mine(
      @QueryParam("days") @DefaultValue("14") int days,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return NextPage.ok(
        uri,
        verification.queue(actor.get(), Math.max(0, days), new PageRequest(after, limit)),
        ArticleSummary::of);
  }

  @GET
  @Path("expiring")
  @Operation(summary = "Articles I may read that need review or expire within ?days=30")
  public Response expiring(
      @QueryParam("space") String space,
      @QueryParam("days") @DefaultValue("30") int days,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    return NextPage.ok(
        uri,
        verification.expiring(actor.get(), space, Math.max(0, days), new PageRequest(after, limit)),
        ArticleSummary::of);
  }

  @POST
  @Path("check")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Mark lapsed articles as needing review now (it also runs on a schedule)")
  public Map<String, Integer> check() {
    return Map.of("marked", verification.markLapsed());
  }
}
