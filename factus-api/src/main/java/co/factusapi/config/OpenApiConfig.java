package co.factusapi.config;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document's front page (title, the build's version, the two-minute story, contact, license), its tags in
 * the order a user works, and the two ways to authenticate, required by every operation that does not opt out.
 * Swagger UI and the document are switched off with FACTUS_API_DOCS_ENABLED=false (application.yml).
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfig.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Token from POST /api/v1/auth/login")
@SecurityScheme(name = OpenApiConfig.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key", description = "API key created by an admin (POST /api/v1/api-keys)")
public class OpenApiConfig {
    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";
    /** Outside a Maven build (an IDE run) there is no META-INF/build-info.properties. */
    static final String UNKNOWN_VERSION = "development build";

    /** The version is the Maven project version, from the build-info the Spring Boot plugin writes. */
    @Bean
    OpenAPI factusApiDocument(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("Factus API")
                .version(properties == null ? UNKNOWN_VERSION : properties.getVersion())
                .description(description())
                .contact(new Contact().name("Factus API maintainers").email("dev@factus-api.local"))
                // The repository carries no licence: nothing is granted beyond what its owners agree to.
                .license(new License().name("Proprietary")));
    }

    /** Two entries mean either scheme is enough (OpenAPI ORs the entries of a security list). */
    @Bean
    OpenApiCustomizer securityRequirements() {
        return openApi -> openApi
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    /** The actuator endpoints first join "Operations", then every tag takes its place in the user's order. */
    @Bean
    OpenApiCustomizer operationsAndTagOrder() {
        return openApi -> {
            ActuatorOperations.describe(openApi);
            OpenApiWebhooks.describe(openApi);
            OpenApiTags.arrange(openApi);
        };
    }

    private static String description() {
        try {
            return new ClassPathResource("openapi/description.md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi/description.md is part of the jar", e);
        }
    }
}
