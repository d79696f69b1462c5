package co.factusapi.adapter.out.factus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness: the service can work only while it holds (or can obtain) a Factus token. */
public final class FactusHealthIndicator implements HealthIndicator {
    private final FactusSession session;

    public FactusHealthIndicator(FactusSession session) {
        this.session = session;
    }

    @Override
    public Health health() {
        return session.hasUsableToken() ? Health.up().build() : Health.down().withDetail("factus", "no token").build();
    }
}
