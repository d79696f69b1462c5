package co.factusapi.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's request allowance at its provider, shared by every instance of the service: each call reserves the
 * next free slot, at least {@code interval} after the previous one, with up to {@code tolerance} of slots that may
 * be used at once after a quiet spell (a burst).
 */
public interface UpstreamAllowance {

    /** When the reserved call may start: {@code now} or later. */
    Instant reserve(UUID tenantId, Duration interval, Duration tolerance, Instant now);
}
