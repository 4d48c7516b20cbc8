package io.kbplatform.app.category;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.category.Category;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Categories across spaces (the trees of every space you may read) and one category: rename, move,
 * reorder or delete it (publishers of its space).
 */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class CategoryResource {

  private CategoryService categories;
  private CurrentActor actor;

  protected CategoryResource() {}

  @Inject
  public CategoryResource(CategoryService categories, CurrentActor actor) {
    this.categories = categories;
    this.actor = actor;
  }

  @GET
  @Operation(
      summary = "The category trees of every space you may read",
      description =
          "One request for what lists that span spaces (search hits and facets) need to name"
              + " categories: per readable space, in key order, its ordered tree.")
  @APIResponse(responseCode = "200", description = "Per space, its tree (children nested)")
  public List<SpaceCategoriesView> all() {
    return categories.trees(actor.get()).entrySet().stream()
        .map(e -> SpaceCategoriesView.of(e.getKey(), e.getValue()))
        .toList();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Rename, move or reorder a category (its subtree moves with it)")
  @APIResponse(responseCode = "400", description = "A move under itself or into another space")
  public CategoryView change(@PathParam("id") String id, @Valid @NotNull CategoryChange change) {
    Category current = categories.get(actor.get(), id);
    if (change.name != null) {
      categories.rename(actor.get(), id, change.name.strip());
    }
    if (change.parentId != null || change.toTop || change.position != null) {
      String parent =
          change.toTop
              ? null
              : change.parentId != null ? change.parentId : current.parentId().orElse(null);
      categories.move(actor.get(), id, parent, change.position);
    }
    return CategoryView.of(categories.get(actor.get(), id));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Delete an empty category")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "It still has articles or subcategories")
  public Response delete(@PathParam("id") String id) {
    categories.delete(actor.get(), id);
    return Response.noContent().build();
  }
}
