package io.kbplatform.app.export;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.export.ExportSnapshot;
import io.kbplatform.content.export.SpaceExport;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exports a space as a ZIP that the import restores. */
@Path("spaces/{key}/export")
@RequestScoped
@Tag(name = "Import and export")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ExportResource {

  static final String ZIP = "application/zip";

  private SpaceExport export;
  private CurrentActor actor;

  protected ExportResource() {}

  @Inject
  public ExportResource(SpaceExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @GET
  @Produces({ZIP, "application/problem+json"})
  @Operation(
      summary = "Export a space (its administrators)",
      description =
          "A ZIP with metadata.json, one Markdown file per article (latest version) under its"
              + " category folders, and attachments/<articleId>/<name>.")
  @APIResponse(responseCode = "200", description = "The ZIP, streamed")
  @APIResponse(responseCode = "403", description = "You do not administer the space")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public Response export(@PathParam("key") String key) {
    ExportSnapshot snapshot = export.snapshot(actor.get(), key);
    StreamingOutput zip = out -> export.write(snapshot, out);
    String name = snapshot.spaceKey() + "-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
    return Response.ok(zip, ZIP)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
