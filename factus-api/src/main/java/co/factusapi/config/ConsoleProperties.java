package co.factusapi.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.console.*}: the operations console under {@code /console} (docs/console.md).
 *
 * @param idleTimeout  a session unused this long is over: the next page asks to sign in again
 * @param secureCookie the session and language cookies carry {@code Secure}, so browsers send them only over HTTPS
 *                     (and to {@code http://localhost}); false for plain http on another host, in local development
 *                     only
 */
@ConfigurationProperties("factus-api.console")
public record ConsoleProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("true") boolean secureCookie) {
}
