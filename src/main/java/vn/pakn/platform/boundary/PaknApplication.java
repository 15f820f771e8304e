package vn.pakn.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "PAKN API",
            version = "1",
            description =
                "Phản ánh, kiến nghị về quy định hành chính — petitions on administrative"
                    + " regulations. Errors are application/problem+json (RFC 9457)."))
public class PaknApplication extends Application {}
