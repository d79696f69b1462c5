package co.factusapi.application.port.in;

import java.util.Map;

/**
 * Settles ledger entries of every kind whose provider outcome is not known (UNKNOWN, stale PENDING) and retries the delete of
 * DIAN-rejected documents that still block the Factus account (docs/factus-upstream.md §3.5). Safe to run on several instances.
 */
public interface ReconcileDocumentsUseCase {

    Report reconcile();

    /** Entries still UNKNOWN or PENDING. */
    long unsettled();

    enum Outcome { ISSUED, REJECTED, FAILED, UNKNOWN, TAKEN_BY_ANOTHER, ERROR, UPSTREAM_DELETED, UPSTREAM_DELETE_FAILED }

    /** What one run did, per outcome, and how many entries remain unsettled after it. */
    record Report(Map<Outcome, Integer> settled, long unsettled) {
        public Report {
            settled = Map.copyOf(settled);
        }

        public int count(Outcome outcome) {
            return settled.getOrDefault(outcome, 0);
        }
    }
}
