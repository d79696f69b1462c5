package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.rate-limit.*}: per-caller and login limits.
 *
 * @param enabled           false turns both limits off
 * @param store             where the allowances live: {@code database} (shared by every instance: N instances allow
 *                          these numbers, not N times them), {@code memory} (per instance), or {@code auto}: memory
 *                          on the embedded H2 database (one instance), the database otherwise
 * @param requestsPerMinute requests per authenticated caller (API key or user), refilled smoothly
 * @param login             the stricter limits of {@code POST /api/v1/auth/login}
 */
@ConfigurationProperties("factus-api.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("120") int requestsPerMinute,
                                  @DefaultValue Login login, @DefaultValue("auto") Store store) {

    public enum Store { AUTO, MEMORY, DATABASE }

    /**
     * @param attemptsPerMinute login attempts per client address and user name
     * @param maxFailures       consecutive failed logins of one user name before it is locked
     * @param lockout           how long a locked user name is refused, even with the right password
     */
    public record Login(@DefaultValue("10") int attemptsPerMinute, @DefaultValue("5") int maxFailures,
                        @DefaultValue("15m") Duration lockout) {
    }
}
