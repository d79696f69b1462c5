package co.factusapi.config;

import co.factusapi.adapter.in.console.ConsoleAuthenticationProvider;
import co.factusapi.adapter.in.console.ConsoleReturnTo;
import co.factusapi.adapter.in.console.ConsoleTenantChoice;
import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.ratelimit.LoginLockout;
import co.factusapi.adapter.in.web.ratelimit.RequestBuckets;
import co.factusapi.adapter.in.web.security.ApiKeyAuthenticationConverter;
import co.factusapi.adapter.in.web.security.ApiKeyAuthenticationProvider;
import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.adapter.in.web.security.JwtRolesAuthenticationConverter;
import co.factusapi.adapter.in.web.security.ProblemAccessDeniedHandler;
import co.factusapi.adapter.in.web.security.ProblemAuthenticationEntryPoint;
import co.factusapi.application.port.in.AuthenticateApiKeyUseCase;
import co.factusapi.application.port.in.LogInUseCase;
import co.factusapi.application.port.in.ResolveTenantUseCase;
import co.factusapi.domain.identity.Scope;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains. The operations console ({@code /console/**}, {@link #consoleSecurity}) is a browser's: form sign-in, a
 * session cookie, CSRF tokens. Everything else is the stateless API: a bearer JWT from {@code POST /api/v1/auth/login}
 * or an {@code X-API-Key} header; no cookies, so no CSRF protection is needed and no session is ever created.
 * <p>Every rule is a scope (docs/tenants.md): documents:read for reading, documents:issue for everything that changes
 * documents, tenant:manage for a tenant's keys, users, audit trail, company and ranges, platform:manage for tenants
 * and the operations endpoints other than health (info, metrics, prometheus, the links page), which reveal versions,
 * traffic and internals (OWASP API8): a Prometheus scraper sends a platform key or token.
 * The health answer shows no details, so orchestrators can probe liveness and readiness without credentials.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
    private static final String PLATFORM = CallerAuthentication.authorityOf(Scope.PLATFORM_MANAGE);
    private static final String MANAGE_TENANT = CallerAuthentication.authorityOf(Scope.TENANT_MANAGE);
    private static final String ISSUE = CallerAuthentication.authorityOf(Scope.DOCUMENTS_ISSUE);
    private static final String READ = CallerAuthentication.authorityOf(Scope.DOCUMENTS_READ);
    private static final String CONSOLE_SIGN_IN = "/console/sign-in";
    /**
     * Everything from the service itself, no inline script or style; the document's PDF is framed from the same
     * origin (frame-src and object-src 'self' for the browser's PDF viewer), and the console is framed by nobody else.
     */
    private static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
    private static final String[] DOCUMENTS = {"/api/v1/invoices/**", "/api/v1/credit-notes/**",
            "/api/v1/debit-notes/**", "/api/v1/support-documents/**", "/api/v1/adjustment-notes/**"};

    /**
     * The operations console (docs/console.md): a browser with a session cookie, so unlike the API it has CSRF
     * protection (the synchronizer token in every form), a strict content policy and sign-in by form, against the
     * same users and lock-out as the API's login. Checked first, for {@code /console/**} only; the API's chain below
     * never sees a cookie.
     */
    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(HttpSecurity http, LogInUseCase logIn, LoginLockout lockout,
                                        RequestBuckets loginAttempts, RateLimitProperties limits,
                                        ResolveTenantUseCase tenants) {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(CONSOLE_SIGN_IN + "?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), CONSOLE_SIGN_IN + "?locked"));
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/console/denied");
        ConsoleReturnTo returnTo = new ConsoleReturnTo(CONSOLE_SIGN_IN + "?expired");
        return http
                .securityMatcher("/console", "/console/**")
                .authenticationManager(new ProviderManager(new ConsoleAuthenticationProvider(logIn, lockout,
                        limits.enabled() ? loginAttempts : null)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/assets/**", CONSOLE_SIGN_IN, "/console/denied").permitAll()
                        .requestMatchers("/console/tenant").hasAuthority(PLATFORM)
                        .requestMatchers("/console/api-keys", "/console/api-keys/**").hasAuthority(MANAGE_TENANT)
                        // Settings as the API's routes: tenants for the platform, users and webhooks for tenant
                        // admins, the company profile seen by every reader and changed by tenant admins.
                        .requestMatchers("/console/tenants", "/console/tenants/**").hasAuthority(PLATFORM)
                        .requestMatchers("/console/users", "/console/users/**", "/console/webhooks",
                                "/console/webhooks/**").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.POST, "/console/company", "/console/company/**")
                        .hasAuthority(MANAGE_TENANT)
                        // Actions on documents (credit note, delete, reconcile, e-mail), as the API's document routes.
                        .requestMatchers(HttpMethod.POST, "/console/documents/**").hasAuthority(ISSUE)
                        .requestMatchers("/console/documents/*/*/credit-note").hasAuthority(ISSUE)
                        .anyRequest().hasAuthority(READ))
                .formLogin(form -> form.loginPage(CONSOLE_SIGN_IN).loginProcessingUrl(CONSOLE_SIGN_IN)
                        .successHandler(returnTo).failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutUrl("/console/sign-out")
                        .logoutSuccessUrl(CONSOLE_SIGN_IN + "?signed-out").deleteCookies(ConsoleConfig.SESSION_COOKIE))
                .sessionManagement(sessions -> sessions.invalidSessionStrategy(returnTo))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_POLICY))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new ConsoleTenantChoice(tenants), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
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
                        .requestMatchers("/actuator/**", "/api/v1/tenants/**", "/api/v1/admin/**").hasAuthority(PLATFORM)
                        .requestMatchers("/api/v1/api-keys/**", "/api/v1/audit-events/**", "/api/v1/users/**",
                                "/api/v1/webhook-endpoints/**", "/api/v1/webhook-events/**", "/api/v1/exports/**")
                        .hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.POST, "/api/v1/lookups/refresh").hasAuthority(MANAGE_TENANT)
                        // The company profile and the DIAN numbering ranges are tenant administration, not POS work.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/company", "/api/v1/company/").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.POST, "/api/v1/company/logo", "/api/v1/company/logo/").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.POST, "/api/v1/numbering-ranges", "/api/v1/numbering-ranges/").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/numbering-ranges/**").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/numbering-ranges/**").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/numbering-ranges/**").hasAuthority(MANAGE_TENANT)
                        .requestMatchers(HttpMethod.GET, DOCUMENTS).hasAuthority(READ)
                        .requestMatchers(DOCUMENTS).hasAuthority(ISSUE)
                        // The acting tenant's own status and quota: what a reader of its documents may see.
                        .requestMatchers(HttpMethod.GET, "/api/v1/tenant", "/api/v1/tenant/").hasAuthority(READ)
                        .requestMatchers(HttpMethod.GET, "/api/v1/company/**", "/api/v1/numbering-ranges/**",
                                "/api/v1/lookups/**").hasAuthority(READ)
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
