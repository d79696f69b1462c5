package co.factusapi.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.cors.*}: browser origins allowed to call {@code /api/**} (none by default; {@code *} for any).
 * Credentials (cookies) are never allowed: callers authenticate with headers, which CORS lets through explicitly.
 */
@ConfigurationProperties("factus-api.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {
}
