package io.kbplatform.app.attachment;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.attachment.AttachmentService;
import io.kbplatform.content.attachment.AttachmentUploads;
import io.kbplatform.content.attachment.VersionedAttachment;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The attachments of one article: upload a file as the raw body (into the article's draft), list
 * those of a version.
 */
@Path("articles/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ArticleAttachmentResource {

  private AttachmentService attachments;
  private AttachmentUploads uploads;
  private CurrentActor actor;
  private long maxBytes;

  @Context UriInfo uri;

  protected ArticleAttachmentResource() {}

  @Inject
  public ArticleAttachmentResource(
      AttachmentService attachments,
      AttachmentUploads uploads,
      CurrentActor actor,
      @ConfigProperty(name = "kb.attachments.max-bytes", defaultValue = "52428800") long maxBytes) {
    this.attachments = attachments;
    this.uploads = uploads;
    this.actor = actor;
    this.maxBytes = maxBytes;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Attach a file to an article (editors)",
      description =
          "The raw file is the body (any Content-Type; the type is detected from the bytes). The"
              + " name comes from ?name= or Content-Disposition (filename*=UTF-8''…). Text is"
              + " extracted for search; a file whose text cannot be extracted is still attached."
              + " The file goes into the article's working draft (or a new draft version if the"
              + " latest is published or in review): readers and search see it once that version"
              + " is published. ?publish=true (publishers) publishes it at once.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "201", description = "Attached; Location is the download")
  @APIResponse(
      responseCode = "403",
      description = "You may read the article but not edit it (or not publish, with ?publish)")
  @APIResponse(responseCode = "409", description = "The article is archived")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  @APIResponse(
      responseCode = "413",
      description = "Larger than kb.attachments.max-bytes, or past the space's storage quota")
  @APIResponse(responseCode = "415", description = "Not an allowed type (judged by the bytes)")
  @APIResponse(
      responseCode = "503",
      description = "Every extraction worker stayed busy for kb.extraction.wait; see Retry-After")
  public Response upload(
      @PathParam("id") String id,
      @QueryParam("name") String name,
      @QueryParam("publish") boolean publish,
      @HeaderParam("Content-Disposition") String disposition,
      @Context HttpHeaders headers,
      InputStream body) {
    VersionedAttachment attached;
    try (Upload upload = Upload.receive(body, headers.getLength(), maxBytes)) {
      attached =
          uploads.attach(
              actor.get(), id, FileNameHeader.of(name, disposition), upload.file(), publish);
    }
    return Created.at(uri, "attachments", attached.attachment().id())
        .entity(AttachmentView.of(attached))
        .build();
  }

  @GET
  @Operation(
      summary = "The attachments of a version of an article you may read, oldest first",
      description =
          "Readers get the published version's; editors the latest version's, or with"
              + " ?version=published the published one's, or with ?version=<n> version n's.")
  @APIResponse(responseCode = "400", description = "version is neither published nor a number")
  @APIResponse(responseCode = "403", description = "A version other than the published one")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public List<AttachmentView> list(
      @PathParam("id") String id, @QueryParam("version") String version) {
    boolean published = "published".equals(version);
    Integer number = published || version == null || version.isBlank() ? null : number(version);
    return attachments.list(actor.get(), id, published, number).stream()
        .map(AttachmentView::of)
        .toList();
  }

  private static Integer number(String version) {
    try {
      return Integer.valueOf(version);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("version must be 'published' or a version number.");
    }
  }
}
