package io.kbplatform.app.article;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.Created;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.app.http.PageLimits;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleFilter;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.collection.ArticleCollections;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: create, read, update with {@code If-Match}, move, restrict and delete. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ArticleResource {

  private ArticleService articles;
  private ArticleQueries queries;
  private CurrentActor actor;
  private ArticleCollections collections;

  @Context UriInfo uri;

  protected ArticleResource() {}

  @Inject
  public ArticleResource(
      ArticleService articles,
      ArticleQueries queries,
      CurrentActor actor,
      ArticleCollections collections) {
    this.articles = articles;
    this.queries = queries;
    this.actor = actor;
    this.collections = collections;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Create a draft article in a space, optionally from a template")
  @APIResponse(responseCode = "201", description = "Created; Location names the new article")
  @APIResponse(responseCode = "403", description = "You may read the space but not write in it")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response create(@Valid @NotNull ArticleInput request) {
    ArticleVersion first = articles.create(actor.get(), request.toNewArticle());
    Article article = first.article();
    return Created.at(uri, "articles", article.id())
        .tag(ArticleEtags.of(article))
        .entity(ArticleView.of(article, first, null))
        .build();
  }

  @GET
  @Operation(
      summary = "List articles you may read, most recently updated first",
      description =
          "Filters: space, category, status, owner, createdBy, needsReview; owner=me and"
              + " createdBy=me stand for the caller. Keyset paging with ?after= and Link"
              + " rel=next.")
  public Response list(
      @QueryParam("space") String space,
      @QueryParam("category") String category,
      @QueryParam("status") ArticleStatus status,
      @QueryParam("owner") String owner,
      @QueryParam("createdBy") String createdBy,
      @QueryParam("needsReview") Boolean needsReview,
      @QueryParam("after") Cursor after,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int limit) {
    ArticleFilter filter =
        new ArticleFilter(space, category, status, me(owner), me(createdBy), needsReview, null);
    return NextPage.ok(
        uri, queries.list(actor.get(), filter, new PageRequest(after, limit)), ArticleSummary::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read an article",
      description =
          "Readers get the published version; editors the latest, or the published one with"
              + " ?version=published.")
  @APIResponse(responseCode = "200", description = "The article, with its ETag")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public Response get(@PathParam("id") String id, @QueryParam("version") String which) {
    ArticleVersion shown = articles.read(actor.get(), id, "published".equals(which));
    Article article = shown.article(); // the article the version was read with, checked once
    SeenArticle seen = queries.seenBy(actor.get(), article);
    return Response.ok(ArticleView.of(seen, shown, collectionOf(article)))
        .tag(ArticleEtags.of(seen))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Save a new version of an article",
      description = "Requires If-Match with the ETag read last; the published version stays live.")
  @APIResponse(responseCode = "200", description = "Saved; the new ETag")
  @APIResponse(responseCode = "412", description = "Someone else saved first: reload")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ArticleInput request) {
    articles.load(actor.get(), id, AccessLevel.EDIT); // 404 or 403 before 428: nothing leaks
    long expected = ArticleEtags.required(ifMatch, id);
    ArticleVersion saved =
        articles.update(actor.get(), id, expected, request.toUpdate(), request.changeNote);
    Article article = saved.article();
    return Response.ok(ArticleView.of(article, saved, collectionOf(article)))
        .tag(ArticleEtags.of(article))
        .build();
  }

  @POST
  @Path("{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Move an article to another space and/or category")
  @APIResponse(responseCode = "400", description = "The category is not in the target space")
  public Response move(@PathParam("id") String id, @Valid @NotNull MoveRequest request) {
    Article article = articles.move(actor.get(), id, request.space, request.category);
    return current(article);
  }

  @PUT
  @Path("{id}/restrictions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Restrict an article to groups (an empty list lifts the restriction)")
  @APIResponse(responseCode = "403", description = "You do not publish in the space")
  public Response restrict(@PathParam("id") String id, @Valid @NotNull RestrictionRequest request) {
    Article article = articles.restrict(actor.get(), id, request.groupSet());
    return current(article);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Delete an article with all its versions (space administrators)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id) {
    articles.delete(actor.get(), id);
    return Response.noContent().build();
  }

  private Response current(Article article) {
    SeenArticle seen = queries.seenBy(actor.get(), article);
    ArticleVersion shown = articles.read(actor.get(), article.id(), !seen.drafts());
    return Response.ok(ArticleView.of(seen, shown, collectionOf(article)))
        .tag(ArticleEtags.of(seen))
        .build();
  }

  private CollectionView collectionOf(Article article) {
    return collections.placeOf(actor.get(), article).map(CollectionView::of).orElse(null);
  }

  /** {@code me} in a user filter stands for the caller ("my drafts": createdBy=me). */
  private String me(String username) {
    return "me".equals(username) ? actor.username() : username;
  }
}
