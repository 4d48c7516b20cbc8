package io.kbplatform.app.article;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: write a draft, publish it, read it. */
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

  @Context SecurityContext security;
  @Context UriInfo uri;

  protected ArticleResource() {}

  @Inject
  public ArticleResource(ArticleService articles) {
    this.articles = articles;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Create a draft article in a space")
  @APIResponse(responseCode = "201", description = "Created; Location names the new article")
  @APIResponse(responseCode = "404", description = "No such space")
  public Response create(@Valid @NotNull ArticleRequest request) {
    Article article =
        articles.create(request.toNewArticle(), security.getUserPrincipal().getName()).article();
    return Response.created(uri.getBaseUriBuilder().path("articles").path(article.id()).build())
        .tag(etag(article))
        .entity(ArticleView.of(article))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read an article: its latest version for authors, published ones for all")
  @APIResponse(responseCode = "200", description = "The article, with its ETag")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public Response get(@PathParam("id") String id) {
    Article article = articles.get(id, canSeeDrafts());
    return Response.ok(ArticleView.of(article)).tag(etag(article)).build();
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Publish the latest version of an article")
  @APIResponse(responseCode = "200", description = "Published; it becomes searchable shortly")
  @APIResponse(responseCode = "404", description = "No such article")
  public Response publish(@PathParam("id") String id) {
    Article article = articles.publish(id, security.getUserPrincipal().getName());
    return Response.ok(ArticleView.of(article)).tag(etag(article)).build();
  }

  private boolean canSeeDrafts() {
    return security.isUserInRole(Role.AUTHOR_NAME)
        || security.isUserInRole(Role.TRAINER_NAME)
        || security.isUserInRole(Role.ADMIN_NAME);
  }

  static EntityTag etag(Article article) {
    return new EntityTag(article.id() + "." + article.lockVersion());
  }
}
