package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.UpstreamAllowance;
import co.factusapi.domain.error.UpstreamException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps one tenant's calls within its Factus allowance (about 80 requests a minute per user, then 429): every call
 * first takes its slot from the shared {@link UpstreamAllowance} and waits for it, so a burst waits its turn instead
 * of failing. With {@code perMinute} = P and burst B, slots are 60 s / (P - B) apart and B may be used at once after
 * a quiet spell: never more than P calls in any minute.
 */
public final class FactusPacer {
    /** No allowance to keep (an account without a limit, such as the emulator's default account). */
    public static final FactusPacer UNLIMITED = new FactusPacer(null, null, 0, 0, null, Duration.ZERO);

    private final UpstreamAllowance allowance;
    private final UUID tenantId;
    private final Duration interval;
    private final Duration tolerance;
    private final Clock clock;
    private final Duration maxWait;

    private FactusPacer(UpstreamAllowance allowance, UUID tenantId, int perMinute, int burst, Clock clock,
                        Duration maxWait) {
        this.allowance = allowance;
        this.tenantId = tenantId;
        int spaced = Math.max(1, perMinute - burst);
        this.interval = perMinute == 0 ? Duration.ZERO : Duration.ofMinutes(1).dividedBy(spaced);
        this.tolerance = interval.multipliedBy(perMinute > burst ? burst : 0);
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /** {@code perMinute} 0 means unlimited; a wait longer than {@code maxWait} is refused as unavailable. */
    public static FactusPacer of(UpstreamAllowance allowance, UUID tenantId, int perMinute, int burst, Clock clock,
                                 Duration maxWait) {
        return perMinute == 0 ? UNLIMITED : new FactusPacer(allowance, tenantId, perMinute, burst, clock, maxWait);
    }

    void awaitTurn(String operation) {
        if (allowance == null) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = Duration.between(now, allowance.reserve(tenantId, interval, tolerance, now));
        if (wait.compareTo(maxWait) > 0) {
            throw UpstreamException.unavailable("This account's Factus request allowance is used up for now ("
                    + operation + "); nothing was sent.", wait, null);
        }
        if (!wait.isNegative() && !wait.isZero()) {
            sleep(wait);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UpstreamException.unavailable("Interrupted while waiting for the Factus allowance.", null, e);
        }
    }
}
