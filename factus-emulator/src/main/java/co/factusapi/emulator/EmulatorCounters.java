package co.factusapi.emulator;

import java.util.Map;

/** A snapshot of the emulator's counters; {@code requests} is keyed by "METHOD /path/{template}". */
public record EmulatorCounters(long connectionsAccepted, long tokensIssued, long invoicesCreated,
        Map<String, Long> requests) {
}
