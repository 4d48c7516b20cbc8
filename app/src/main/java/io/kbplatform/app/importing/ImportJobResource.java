package io.kbplatform.app.importing;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.importing.ImportJob;
import io.kbplatform.content.importing.ImportJobs;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The state of an import job, for its creator and administrators. */
@Path("imports/{jobId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class ImportJobResource {

  private ImportJobs jobs;
  private CurrentActor actor;

  protected ImportJobResource() {}

  @Inject
  public ImportJobResource(ImportJobs jobs, CurrentActor actor) {
    this.jobs = jobs;
    this.actor = actor;
  }

  @GET
  @Operation(summary = "An import job's state, progress and per-file results (its creator, admins)")
  @APIResponse(responseCode = "404", description = "No such job, or not yours")
  public ImportJobView get(@PathParam("jobId") String jobId) {
    ImportJob job = jobs.get(actor.get(), jobId);
    return ImportJobView.of(job, jobs.items(actor.get(), jobId));
  }
}
