package co.factusapi.config;

import co.factusapi.adapter.in.web.error.ProblemErrorReportValve;
import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.protection.BodySizeLimitFilter;
import co.factusapi.adapter.in.web.protection.ProblemCorsProcessor;
import co.factusapi.adapter.in.web.protection.SecurityHeadersFilter;
import co.factusapi.adapter.in.web.ratelimit.LoginLockout;
import co.factusapi.adapter.in.web.ratelimit.LoginThrottleFilter;
import co.factusapi.adapter.in.web.ratelimit.RateLimitFilter;
import co.factusapi.adapter.in.web.ratelimit.RequestBuckets;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Servlet filters against hostile or greedy callers. Before the security filters: security headers, CORS (so a
 * preflight needs no credentials) and the body size limit. After them (order 0, the principal is known): the login
 * throttle and the per-caller rate limit. See docs/resilience-and-limits.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, CorsProperties.class})
public class WebProtectionConfig {
    private static final int AFTER_SECURITY = 0;
    private static final List<String> EXPOSED_HEADERS = List.of("Location", "Content-Disposition", "Retry-After",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Correlation-Id");

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return registration(new SecurityHeadersFilter(), Ordered.HIGHEST_PRECEDENCE + 12, true);
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
        return registration(filter, Ordered.HIGHEST_PRECEDENCE + 14, true);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${factus-api.max-body-size:256KB}") DataSize maxBodySize, ProblemWriter problems) {
        return registration(new BodySizeLimitFilter(maxBodySize.toBytes(), problems),
                Ordered.HIGHEST_PRECEDENCE + 16, true);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(RateLimitProperties properties, Clock clock,
                                                                    JsonMapper json, ProblemWriter problems) {
        RateLimitProperties.Login login = properties.login();
        LoginThrottleFilter filter = new LoginThrottleFilter(
                new RequestBuckets(login.attemptsPerMinute(), Duration.ofMinutes(1)),
                new LoginLockout(login.maxFailures(), login.lockout(), clock), json, problems);
        return registration(filter, AFTER_SECURITY, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
        RateLimitFilter filter = new RateLimitFilter(new RequestBuckets(properties.requestsPerMinute(),
                Duration.ofMinutes(1)), problems);
        return registration(filter, AFTER_SECURITY + 1, properties.enabled());
    }

    /** Requests Tomcat refuses before any filter runs still get problem+json. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.getPipeline().addValve(new ProblemErrorReportValve(problems));
            // The host adds a valve of this class only when its pipeline has none yet: ours, which has the writer.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order, boolean enabled) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setEnabled(enabled);
        return registration;
    }
}
