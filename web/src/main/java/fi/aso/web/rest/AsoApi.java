package fi.aso.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; its OpenAPI description is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ASO platform API",
            version = "1",
            description =
                "Client-steering group meetings. Get a bearer token from POST /api/v1/auth/token. Lists page with limit and cursor (the next page in the Link header, rel=next)."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class AsoApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // answer errors with our JSON body and status, never the container's HTML error page
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
