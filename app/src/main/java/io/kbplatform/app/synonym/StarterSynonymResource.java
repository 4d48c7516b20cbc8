package io.kbplatform.app.synonym;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.synonym.StarterLoad;
import io.kbplatform.content.synonym.StarterSynonyms;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shipped starter synonym sets (Chinese ⇄ English contact-centre vocabulary), on request. */
@Path("admin/synonyms/starter-set")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synonyms")
@RolesAllowed(Role.ADMIN_NAME)
public class StarterSynonymResource {

  private StarterSynonyms starter;
  private CurrentActor actor;

  protected StarterSynonymResource() {}

  @Inject
  public StarterSynonymResource(StarterSynonyms starter, CurrentActor actor) {
    this.starter = starter;
    this.actor = actor;
  }

  @POST
  @Operation(
      summary = "Add the starter synonym sets that are missing",
      description =
          "Adds, as global sets, the shipped starter sets that were never loaded or were deleted"
              + " since; sets that exist, edited or not, are left as they are. Effective for the"
              + " next search.")
  @APIResponse(responseCode = "200", description = "How many sets were added and kept")
  @APIResponse(responseCode = "403", description = "Only administrators load the starter set")
  public StarterLoadView load() {
    return StarterLoadView.of(starter.loadMissing(actor.get()));
  }

  /**
   * What loading did.
   *
   * @param added starter sets added now
   * @param kept starter sets that were there already, left as they are
   * @param leftOut starter sets not added because the global scope is full
   */
  public record StarterLoadView(int added, int kept, int leftOut) {
    static StarterLoadView of(StarterLoad load) {
      return new StarterLoadView(load.added(), load.kept(), load.leftOut());
    }
  }
}
