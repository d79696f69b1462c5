package co.factusapi.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to ask the provider again for the RADIAN events of a credit-sale invoice. Factus pushes nothing, so each
 * watched invoice costs one call per look: looks start {@code first} apart and double up to {@code longest}, because
 * the buyer's events (acuse 030, recibo del bien 032, aceptación 033 or reclamo 031) mostly come in the first days
 * after issue; after {@code watchFor} from issue the invoice is no longer watched.
 */
public record RadianPolling(Duration first, Duration longest, Duration watchFor) {
    public RadianPolling {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || watchFor.isNegative()) {
            throw new IllegalArgumentException("RADIAN polling needs 0 < first <= longest and a watch period >= 0");
        }
    }

    /** The next look after {@code looks} done so far, or empty when the invoice's watch is over. */
    public Optional<Instant> next(int looks, Instant issuedAt, Instant now) {
        Instant end = issuedAt.plus(watchFor);
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < looks && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Instant next = now.plus(wait.compareTo(longest) > 0 ? longest : wait);
        return Optional.of(next.isAfter(end) ? end : next);
    }
}
