package io.kbplatform.app.importing;

import io.kbplatform.app.attachment.FileNameHeader;
import io.kbplatform.app.attachment.Upload;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.importing.ImportJob;
import io.kbplatform.content.importing.ImportRunner;
import io.kbplatform.content.importing.sections.SplitOptions;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports documents into a space as draft articles, in the background; see {@link
 * ImportJobResource}.
 */
@Path("spaces/{key}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class ImportResource {

  private ImportRunner runner;
  private CurrentActor actor;
  private long maxBytes;

  @Context UriInfo uri;

  protected ImportResource() {}

  @Inject
  public ImportResource(
      ImportRunner runner,
      CurrentActor actor,
      @ConfigProperty(name = "kb.import.max-bytes", defaultValue = "209715200") long maxBytes) {
    this.runner = runner;
    this.actor = actor;
    this.maxBytes = maxBytes;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Import a document or a ZIP of documents as draft articles (editors of the space)",
      description =
          "DOCX, PPTX, PDF, HTML, Markdown or text, or a ZIP of them, or a space export, as the"
              + " raw body; the name from ?name= or Content-Disposition. One draft per file; a"
              + " long document becomes a collection: one draft per chapter, section or slide"
              + " group, listed in order by a collection article (?split=none keeps it whole)."
              + " Scraper lines, copyright notices, page numbers, tables of contents and"
              + " (unless ?stripPinyin=false) pinyin annotations are removed. Importing the same"
              + " file again updates its collection. A file that fails does so alone. Follow the"
              + " job at the Location.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "202", description = "Queued; Location is the job")
  @APIResponse(
      responseCode = "400",
      description = "split or stripPinyin has a value it cannot take")
  @APIResponse(responseCode = "403", description = "You may read the space but not write in it")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  @APIResponse(responseCode = "413", description = "Larger than kb.import.max-bytes")
  public Response submit(
      @PathParam("key") String key,
      @Parameter(description = "The category the drafts go into (its id)") @QueryParam("category")
          String category,
      @Parameter(description = "The file's name, if no Content-Disposition gives it")
          @QueryParam("name")
          String name,
      @Parameter(
              description =
                  "auto (default): split long documents into sections; none: keep each whole")
          @QueryParam("split")
          @DefaultValue("auto")
          SplitMode split,
      @Parameter(description = "Remove pinyin annotations such as 體驗(yàn) (default true)")
          @QueryParam("stripPinyin")
          @DefaultValue("true")
          Boolean stripPinyin,
      @HeaderParam("Content-Disposition") String disposition,
      @Context HttpHeaders headers,
      InputStream body) {
    ImportJob job;
    try (Upload upload = Upload.receive(body, headers.getLength(), maxBytes)) {
      String fileName = FileNameHeader.of(name, disposition);
      SplitOptions options = new SplitOptions(split == SplitMode.AUTO, stripPinyin);
      job =
          runner.submit(actor.get(), key, blankToNull(category), fileName, upload.file(), options);
    }
    return Response.accepted(ImportJobView.of(job, List.of()))
        .location(uri.getBaseUriBuilder().path("imports").path(job.id()).build())
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
