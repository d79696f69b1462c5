package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import java.util.Map;

/**
 * Settles ledger entries of every kind whose provider outcome is not known (UNKNOWN, stale PENDING) and retries the delete of
 * DIAN-rejected documents that still block the Factus account (docs/factus-upstream.md §3.5). Safe to run on several instances.
 */
public interface ReconcileDocumentsUseCase {

    Report reconcile();

    /**
     * Settles one document of the acting tenant now, as a run would (an operator's "reconcile now"): only an UNKNOWN
     * one, or a PENDING one whose attempt is stale or abandoned; a live attempt or a settled document is a conflict.
     * The entry as it stands afterwards, which may still be UNKNOWN (DIAN still validating, the provider away).
     */
    LedgerEntry<?> reconcile(DocumentKind kind, String referenceCode, String actor);

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
