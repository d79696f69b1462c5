package co.factusapi.config;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two ways to authenticate, declared once and required by every operation that does not opt out. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfig.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Token from POST /api/v1/auth/login")
@SecurityScheme(name = OpenApiConfig.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key", description = "API key created by an admin (POST /api/v1/api-keys)")
public class OpenApiConfig {
    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";

    /** Two entries mean either scheme is enough (OpenAPI ORs the entries of a security list). */
    @Bean
    OpenApiCustomizer securityRequirements() {
        return openApi -> openApi
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
