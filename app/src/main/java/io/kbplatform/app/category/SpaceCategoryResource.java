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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree of a space: readers see it, publishers of the space add to it. */
@Path("spaces/{key}/categories")
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
public class SpaceCategoryResource {

  private CategoryService categories;
  private CurrentActor actor;

  protected SpaceCategoryResource() {}

  @Inject
  public SpaceCategoryResource(CategoryService categories, CurrentActor actor) {
    this.categories = categories;
    this.actor = actor;
  }

  @GET
  @Operation(summary = "The category tree of a space, in order")
  public List<CategoryView> tree(@PathParam("key") String key) {
    return categories.tree(actor.get(), key).stream().map(CategoryView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Create a category, at the top or under a parent")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "403", description = "You do not publish in the space")
  public Response create(@PathParam("key") String key, @Valid @NotNull CategoryRequest request) {
    Category category =
        categories.create(
            actor.get(), key, request.name.strip(), request.parentId, request.position);
    return Response.status(Response.Status.CREATED).entity(CategoryView.of(category)).build();
  }
}
