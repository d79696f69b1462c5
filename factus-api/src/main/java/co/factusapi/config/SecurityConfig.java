package co.factusapi.config;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.security.ApiKeyAuthenticationConverter;
import co.factusapi.adapter.in.web.security.ApiKeyAuthenticationProvider;
import co.factusapi.adapter.in.web.security.JwtRolesAuthenticationConverter;
import co.factusapi.adapter.in.web.security.ProblemAccessDeniedHandler;
import co.factusapi.adapter.in.web.security.ProblemAuthenticationEntryPoint;
import co.factusapi.application.port.in.AuthenticateApiKeyUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * Stateless API security: a bearer JWT from {@code POST /api/v1/auth/login} or an {@code X-API-Key} header.
 * No cookies, so no CSRF protection is needed and no session is ever created.
 * <p>Operations endpoints other than health (info, metrics, prometheus, the links page) need the admin role: they
 * reveal versions, traffic and internals (OWASP API8). A Prometheus scraper therefore sends an admin bearer token.
 * The health answer shows no details, so orchestrators can probe liveness and readiness without credentials.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
    static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticateApiKeyUseCase apiKeys,
                                    AuthenticationEntryPoint unauthorized, AccessDeniedHandler forbidden) {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html",
                                "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/api-keys/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/audit-events/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/lookups/refresh").hasRole(ADMIN)
                        // The company profile and the DIAN numbering ranges are account administration, not POS work.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/company", "/api/v1/company/").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/company/logo", "/api/v1/company/logo/").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/numbering-ranges", "/api/v1/numbering-ranges/").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/numbering-ranges/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/numbering-ranges/**").hasRole(ADMIN)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtRolesAuthenticationConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(apiKeyFilter(apiKeys, unauthorized), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** Whatever a user may do, an admin may do too. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies("USER").build();
    }

    @Bean
    AuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    AccessDeniedHandler problemAccessDeniedHandler(ProblemWriter problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    /**
     * Not a bean: Spring Boot would also register a bean filter for every request outside the security chain, and an
     * AuthenticationProvider bean would become Spring Security's global one.
     */
    private static AuthenticationFilter apiKeyFilter(AuthenticateApiKeyUseCase apiKeys, AuthenticationEntryPoint unauthorized) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(new ApiKeyAuthenticationProvider(apiKeys)), new ApiKeyAuthenticationConverter());
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return filter;
    }
}
