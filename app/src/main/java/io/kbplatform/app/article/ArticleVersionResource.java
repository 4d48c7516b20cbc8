package io.kbplatform.app.article;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.collection.ArticleCollections;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.diff.VersionDiff;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of an article: list, read, compare any two, restore an old one. */
@Path("articles/{id}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Article versions")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ArticleVersionResource {

  private ArticleService articles;
  private CurrentActor actor;
  private ArticleCollections collections;

  protected ArticleVersionResource() {}

  @Inject
  public ArticleVersionResource(
      ArticleService articles, CurrentActor actor, ArticleCollections collections) {
    this.articles = articles;
    this.actor = actor;
    this.collections = collections;
  }

  @GET
  @Operation(summary = "List the versions of an article, newest first (editors)")
  public List<VersionView> list(@PathParam("id") String id) {
    return articles.versions(actor.get(), id).stream().map(VersionView::summary).toList();
  }

  @GET
  @Path("{number}")
  @Operation(summary = "Read one version (readers: only the published one)")
  @APIResponse(responseCode = "404", description = "No such version, or not visible to you")
  public VersionView get(@PathParam("id") String id, @PathParam("number") int number) {
    return VersionView.full(articles.version(actor.get(), id, number));
  }

  @GET
  @Path("compare")
  @Operation(summary = "Compare two versions: ?from=1&to=3")
  @APIResponse(responseCode = "400", description = "from or to missing")
  public DiffView compare(
      @PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidRequestException("Name the two versions to compare: ?from=…&to=….");
    }
    ArticleVersion a = articles.version(actor.get(), id, from);
    ArticleVersion b = articles.version(actor.get(), id, to);
    return DiffView.of(
        from,
        to,
        VersionDiff.between(a.title(), a.body(), a.tags(), b.title(), b.body(), b.tags()));
  }

  @POST
  @Path("{number}/restore")
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Save an old version's content as the newest version")
  @APIResponse(responseCode = "200", description = "The new version")
  @APIResponse(responseCode = "412", description = "If-Match was sent and is stale")
  public Response restore(
      @PathParam("id") String id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Long expected = ArticleEtags.optional(ifMatch, id);
    var current = articles.load(actor.get(), id, AccessLevel.EDIT);
    if (expected != null && current.lockVersion() != expected) {
      throw new StaleVersionException("The article changed since you read it; reload it.");
    }
    ArticleVersion restored = articles.restore(actor.get(), id, number, null);
    var article = restored.article();
    CollectionView collection =
        collections.placeOf(actor.get(), article).map(CollectionView::of).orElse(null);
    return Response.ok(ArticleView.of(article, restored, collection))
        .tag(ArticleEtags.of(article))
        .build();
  }
}
