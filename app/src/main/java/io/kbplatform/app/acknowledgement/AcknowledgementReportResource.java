package io.kbplatform.app.acknowledgement;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.acknowledgement.AcknowledgementReports;
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

/** Who has acknowledged a mandatory article: for publishers of its space. */
@Path("articles/{id}/acknowledgements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acknowledgements")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class AcknowledgementReportResource {

  private AcknowledgementReports reports;
  private CurrentActor actor;

  protected AcknowledgementReportResource() {}

  @Inject
  public AcknowledgementReportResource(AcknowledgementReports reports, CurrentActor actor) {
    this.reports = reports;
    this.actor = actor;
  }

  @GET
  @Path("report")
  @Operation(
      summary = "Which members of the mandatory groups acknowledged the article",
      description =
          "Every enabled member who may read the article, with their latest acknowledgement;"
              + " it counts from the latest significant version on.")
  @APIResponse(responseCode = "200", description = "The report with totals")
  @APIResponse(responseCode = "403", description = "You do not publish in the space")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public AcknowledgementReportView report(@PathParam("id") String id) {
    return AcknowledgementReportView.of(reports.report(actor.get(), id));
  }
}
