package io.kbplatform.app.audit;

import io.kbplatform.app.http.Bounded;
import io.kbplatform.app.http.NextPage;
import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditEntry;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.audit.AuditQuery;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first, for administrators. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

  static final int MAX_LIMIT = 500;

  private AuditLog audit;

  @Context UriInfo uri;

  protected AuditResource() {}

  @Inject
  public AuditResource(AuditLog audit) {
    this.audit = audit;
  }

  /** One entry as the API shows it. */
  public record EntryView(
      long id,
      Instant at,
      String actor,
      AuditAction action,
      String targetType,
      String targetId,
      String detail) {

    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(),
          e.createdAt(),
          e.actor(),
          e.action(),
          e.targetType(),
          e.targetId().orElse(null),
          e.detail().orElse(null));
    }
  }

  @GET
  @Operation(
      summary = "Read the audit log, newest first",
      description =
          "Filters: from, to (ISO-8601 instants), actor, action. Paging: ?before=<id> from the"
              + " previous page's next link.")
  public Response list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("action") AuditAction action,
      @QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("100") @Bounded(max = MAX_LIMIT) int limit) {
    List<EntryView> items =
        audit
            .find(
                new AuditQuery(
                    instant(from, "from"), instant(to, "to"), actor, action, before, limit))
            .stream()
            .map(EntryView::of)
            .toList();
    return NextPage.ok(uri, "before", items, limit, EntryView::id);
  }

  private static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z.");
    }
  }
}
