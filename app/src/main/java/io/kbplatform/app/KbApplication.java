package io.kbplatform.app;

import io.kbplatform.content.user.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, served under {@code /api}; every endpoint needs an authenticated user. */
@ApplicationPath("/api")
@DeclareRoles({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "KB Platform API",
            version = "0.1",
            description =
                "Knowledge base and product training for contact centres. Errors are"
                    + " application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class KbApplication extends Application {}
