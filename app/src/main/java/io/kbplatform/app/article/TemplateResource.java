package io.kbplatform.app.article;

import io.kbplatform.content.article.ArticleTemplate;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The article templates a new article can start from. */
@Path("templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class TemplateResource {

  /** A template: its key (for {@code template} in article requests), label and skeleton. */
  public record TemplateView(ArticleTemplate key, String label, String body) {}

  @GET
  @Operation(summary = "List article templates (FAQ, how-to, troubleshooting, KCS)")
  public List<TemplateView> list() {
    return Arrays.stream(ArticleTemplate.values())
        .map(t -> new TemplateView(t, t.label(), t.body()))
        .toList();
  }
}
