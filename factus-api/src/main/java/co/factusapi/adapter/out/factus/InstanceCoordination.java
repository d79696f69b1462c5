package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderSessions;
import co.factusapi.application.port.out.SubmissionTurns;
import java.time.Duration;
import java.util.UUID;

/**
 * How an account's adapter agrees with the same account's adapters in the deployment's other instances: one shared
 * OAuth session, and validates taking turns. {@link #NONE} for a throw-away adapter (onboarding checks, tests).
 */
public record InstanceCoordination(SharedTokens tokens, AccountTurns turns) {
    public static final InstanceCoordination NONE = new InstanceCoordination(SharedTokens.NONE, AccountTurns.NONE);

    public static InstanceCoordination of(ProviderSessions sessions, SubmissionTurns turns, UUID tenantId,
                                          FactusSettings settings) {
        return new InstanceCoordination(SharedTokens.of(sessions, tenantId, settings),
                AccountTurns.of(turns, tenantId, settings.validateTimeout().plus(Duration.ofSeconds(5))));
    }
}
