package co.factusapi.config;

import co.factusapi.adapter.in.web.CorrelationIdFilter;
import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.protection.BodySizeLimitFilter;
import co.factusapi.adapter.in.web.protection.ProblemCorsProcessor;
import co.factusapi.adapter.in.web.protection.SecurityHeadersFilter;
import co.factusapi.adapter.in.web.ratelimit.LoginLockout;
import co.factusapi.adapter.in.web.ratelimit.LoginThrottleFilter;
import co.factusapi.adapter.in.web.ratelimit.RateLimitFilter;
import co.factusapi.adapter.in.web.ratelimit.RequestBuckets;
import co.factusapi.adapter.out.persistence.JdbcLoginFailures;
import co.factusapi.adapter.out.persistence.JdbcRequestAllowances;
import co.factusapi.adapter.out.ratelimit.MemoryLoginFailures;
import co.factusapi.adapter.out.ratelimit.MemoryRequestAllowances;
import co.factusapi.application.port.in.IdempotentRequestsUseCase;
import co.factusapi.application.port.out.LoginFailures;
import co.factusapi.application.port.out.RequestAllowances;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.filter.UrlHandlerFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet filter of the service, in the order a request meets them, and why each sits where it does. Spring
 * Boot adds its own around ours: character encoding (HIGHEST_PRECEDENCE), the {@code http.server.requests}
 * observation (HIGHEST_PRECEDENCE + 1), the request context (-105) and Spring Security's filter chain (-100), where
 * the caller is authenticated and authorized. Limits and CORS: docs/resilience-and-limits.md; idempotency:
 * docs/reliability.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, CorsProperties.class, BodySizeProperties.class})
public class WebFilterConfig {
    /** First of ours: every later answer (the problems of the filters below included) and log line carries the id. */
    static final int CORRELATION_ID = Ordered.HIGHEST_PRECEDENCE + 10;
    /** Before anything matches on the path (security rules, login throttle, idempotency paths): /x/ is /x. */
    static final int TRAILING_SLASH = CORRELATION_ID + 1;
    /** On every answer, the refusals of every later filter included. */
    static final int SECURITY_HEADERS = TRAILING_SLASH + 1;
    /** Before authentication: a browser's preflight carries no credentials. */
    static final int CORS = SECURITY_HEADERS + 1;
    /** Before anything reads the body (the login throttle, the idempotency fingerprint, JSON parsing). */
    static final int BODY_SIZE = CORS + 1;
    /** Outside the console's session filter (MIN + 50), which reads the database: a 503 page when it cannot. */
    static final int CONSOLE_OUTAGE = BODY_SIZE + 1;
    /** Right after Spring Security (-100) has authenticated the caller: every later step acts for one tenant. */
    static final int ACTING_TENANT = -50;
    /** After Spring Security (-100). Login is public, so only this guards it; it reads the body BODY_SIZE bounded. */
    static final int LOGIN_THROTTLE = 0;
    /** After Spring Security: one bucket per authenticated caller, and anonymous calls were refused for free. */
    static final int RATE_LIMIT = LOGIN_THROTTLE + 1;
    /** After security, since keys are per caller, and after the rate limit, so a refused request stores nothing. */
    static final int IDEMPOTENCY = RATE_LIMIT + 1;
    /** Innermost: it hashes the body the controller wrote, and a 304 never skips authentication. */
    static final int LOOKUPS_ETAG = IDEMPOTENCY + 1;

    private static final List<String> EXPOSED_HEADERS = List.of("Location", "Content-Disposition", "Retry-After",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Correlation-Id");

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        return registration(new CorrelationIdFilter(), CORRELATION_ID, true);
    }

    /** The original service answered routes with and without a trailing slash; so do we, without redirects. */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        return registration(UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build(), TRAILING_SLASH, true);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return registration(new SecurityHeadersFilter(), SECURITY_HEADERS, true);
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties properties, ProblemWriter problems) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.allowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("*"));
            cors.setExposedHeaders(EXPOSED_HEADERS);
            cors.setAllowCredentials(false);
            cors.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/api/**", cors);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return registration(filter, CORS, true);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(BodySizeProperties properties,
                                                                    ProblemWriter problems) {
        return registration(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problems), BODY_SIZE, true);
    }

    @Bean
    RequestAllowances requestAllowances(RateLimitProperties properties, Environment environment, JdbcClient jdbc,
                                        Clock clock) {
        return shared(properties, environment) ? new JdbcRequestAllowances(jdbc, clock) : new MemoryRequestAllowances();
    }

    @Bean
    LoginFailures loginFailures(RateLimitProperties properties, Environment environment, JdbcClient jdbc,
                                PlatformTransactionManager transactions, Clock clock) {
        return shared(properties, environment) ? new JdbcLoginFailures(jdbc, new TransactionTemplate(transactions),
                clock) : new MemoryLoginFailures(clock, properties.login().lockout());
    }

    /** Whether the limits live in the database, seen by every instance, or in this instance's memory. */
    private static boolean shared(RateLimitProperties properties, Environment environment) {
        return switch (properties.store()) {
            case MEMORY -> false;
            case DATABASE -> true;
            case AUTO -> !Datasources.embedded(environment.getProperty("spring.datasource.url"));
        };
    }

    /** One lock-out for the API's login and the console's sign-in: failures at either count for both. */
    @Bean
    LoginLockout loginLockout(RateLimitProperties properties, LoginFailures failures) {
        return new LoginLockout(failures, properties.login().maxFailures(), properties.login().lockout());
    }

    /** Login attempts per client address and user name, for the API's login and the console's sign-in alike. */
    @Bean
    RequestBuckets loginAttempts(RateLimitProperties properties, RequestAllowances allowances) {
        return new RequestBuckets(allowances, "login", properties.login().attemptsPerMinute(), Duration.ofMinutes(1));
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(RateLimitProperties properties, JsonMapper json,
                                                                    ProblemWriter problems,
                                                                    RequestBuckets loginAttempts,
                                                                    LoginLockout lockout) {
        LoginThrottleFilter filter = new LoginThrottleFilter(loginAttempts, lockout, json, problems);
        return registration(filter, LOGIN_THROTTLE, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ProblemWriter problems,
                                                            RequestAllowances allowances) {
        RateLimitFilter filter = new RateLimitFilter(new RequestBuckets(allowances, "api", properties.requestsPerMinute(),
                Duration.ofMinutes(1)), problems);
        return registration(filter, RATE_LIMIT, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequestsUseCase idempotency,
                                                                ReliabilityProperties properties, JsonMapper json,
                                                                ProblemWriter problems) {
        return registration(new IdempotencyFilter(idempotency, Set.copyOf(properties.idempotency().paths()), json,
                problems), IDEMPOTENCY, true);
    }

    /** A strong ETag (hash of the body) on lookup answers, so {@code If-None-Match} gets a 304 without the body. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> lookupsEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                registration(new ShallowEtagHeaderFilter(), LOOKUPS_ETAG, true);
        registration.addUrlPatterns("/api/v1/lookups/*");
        return registration;
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order, boolean enabled) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setEnabled(enabled);
        return registration;
    }
}
