package co.factusapi.emulator;

import java.util.Map;

/**
 * A snapshot of the emulator's counters; {@code requests} is keyed by "METHOD /path/{template}", and
 * {@code documentsCreated} by family: "bills", "credit_notes", "debit_notes", "support_documents", "adjustment_notes".
 */
public record EmulatorCounters(long connectionsAccepted, long tokensIssued, long invoicesCreated,
        Map<String, Long> requests, Map<String, Long> documentsCreated) {
}
