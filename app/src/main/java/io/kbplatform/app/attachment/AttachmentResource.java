package io.kbplatform.app.attachment;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.attachment.Attachment;
import io.kbplatform.content.attachment.AttachmentService;
import io.kbplatform.content.attachment.AttachmentTypes;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One attachment: download it with its detected type (never sniffed by the browser; shown in place
 * only for images, video, audio and PDF), or delete it.
 */
@Path("attachments/{attachmentId}")
@RequestScoped
@Tag(name = "Attachments")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class AttachmentResource {

  private AttachmentService attachments;
  private CurrentActor actor;

  protected AttachmentResource() {}

  @Inject
  public AttachmentResource(AttachmentService attachments, CurrentActor actor) {
    this.attachments = attachments;
    this.actor = actor;
  }

  @GET
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download an attachment of an article you may read",
      description =
          "Readers get only files of the published version; editors files of any version.")
  @APIResponse(responseCode = "200", description = "The bytes, with the detected Content-Type")
  @APIResponse(responseCode = "404", description = "No such attachment, or not visible to you")
  public Response download(@PathParam("attachmentId") String attachmentId) {
    Attachment attachment = attachments.get(actor.get(), attachmentId);
    StreamingOutput bytes =
        out -> {
          try (InputStream in = attachments.open(attachment)) {
            in.transferTo(out);
          }
        };
    String type = AttachmentTypes.isInline(attachment.mediaType()) ? "inline" : "attachment";
    return Response.ok(bytes, attachment.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, attachment.size())
        .header("Content-Disposition", FileNameHeader.disposition(type, attachment.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .build();
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Remove an attachment from the article's draft (editors of its article)",
      description =
          "The removal goes into the working draft (or a new draft version); readers keep the"
              + " file until that version is published, older versions keep it for good."
              + " ?publish=true (publishers) publishes the change at once.")
  @APIResponse(responseCode = "204", description = "Removed from the draft")
  @APIResponse(responseCode = "403", description = "You may read it but not edit (or publish)")
  @APIResponse(
      responseCode = "404",
      description = "No such attachment, not visible to you, or not in the latest version")
  @APIResponse(responseCode = "409", description = "The article is archived")
  public Response delete(
      @PathParam("attachmentId") String attachmentId, @QueryParam("publish") boolean publish) {
    attachments.delete(actor.get(), attachmentId, publish);
    return Response.noContent().build();
  }
}
