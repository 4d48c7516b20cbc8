package io.kbplatform.app.synonym;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.synonym.SynonymService;
import io.kbplatform.content.synonym.SynonymSet;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * Synonym sets, global or per space: searches for any term of a set also find articles that use
 * another, from the next search on.
 */
@Path("synonyms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synonyms")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class SynonymResource {

  private SynonymService synonyms;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected SynonymResource() {}

  @Inject
  public SynonymResource(SynonymService synonyms, CurrentActor actor) {
    this.synonyms = synonyms;
    this.actor = actor;
  }

  @GET
  @Operation(
      summary = "List the synonym sets of a space, or the global ones without ?space=",
      description = "Oldest first; at most " + SynonymService.MAX_SETS_PER_SCOPE + " per scope.")
  @APIResponse(responseCode = "200", description = "The sets of the scope")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public SynonymListView list(@QueryParam("space") String space) {
    String scope = space == null || space.isBlank() ? null : space.strip();
    return SynonymListView.of(scope, synonyms.list(actor.get(), scope));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Create a synonym set, global (space null) or for one space",
      description =
          "2 to 20 terms of 1 to 50 characters; duplicates differing only in case or width are"
              + " dropped. Global sets: authors, trainers and administrators; a space's sets: its"
              + " editors. Effective for the next search.")
  @APIResponse(responseCode = "201", description = "Created; Location names it, ETag its version")
  @APIResponse(responseCode = "400", description = "Too few or too many terms, or a bad term")
  @APIResponse(responseCode = "403", description = "You may not change synonyms of this scope")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  @APIResponse(responseCode = "409", description = "The scope has the most sets it may have")
  public Response create(@Valid @NotNull SynonymRequest request) {
    SynonymSet set = synonyms.create(actor.get(), request.toNewSet());
    return Created.at(uri, "synonyms", set.id())
        .tag(SynonymEtags.of(set))
        .entity(SynonymView.of(set))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a synonym set")
  @APIResponse(responseCode = "200", description = "The set, with its ETag")
  @APIResponse(responseCode = "404", description = "No such set, or not visible to you")
  public Response get(@PathParam("id") String id) {
    SynonymSet set = synonyms.get(actor.get(), id);
    return Response.ok(SynonymView.of(set)).tag(SynonymEtags.of(set)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Replace the terms of a synonym set",
      description = "Requires If-Match with the ETag read last. The scope cannot change.")
  @APIResponse(responseCode = "200", description = "Saved; the new ETag")
  @APIResponse(responseCode = "400", description = "Too few or too many terms, or a bad term")
  @APIResponse(responseCode = "403", description = "You may not change synonyms of this scope")
  @APIResponse(responseCode = "404", description = "No such set, or not visible to you")
  @APIResponse(responseCode = "412", description = "Someone else changed it first: reload")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull SynonymRequest request) {
    SynonymSet current = synonyms.editable(actor.get(), id); // 404 or 403 before 428
    long expected = SynonymEtags.required(ifMatch, id);
    SynonymSet set =
        synonyms.update(
            actor.get(), id, request.termsFor(current.spaceKey().orElse(null)), expected);
    return Response.ok(SynonymView.of(set)).tag(SynonymEtags.of(set)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Delete a synonym set; searches stop using it at once")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "You may not change synonyms of this scope")
  @APIResponse(responseCode = "404", description = "No such set, or not visible to you")
  public Response delete(@PathParam("id") String id) {
    synonyms.delete(actor.get(), id);
    return Response.noContent().build();
  }
}
