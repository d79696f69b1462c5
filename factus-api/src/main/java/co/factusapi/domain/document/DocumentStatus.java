package co.factusapi.domain.document;

/**
 * Where a document attempt stands in our ledger.
 * PENDING: recorded, upstream call in flight. ISSUED: validated by DIAN (has its number and CUFE/CUDE/CUDS).
 * REJECTED: refused (our rules, the provider or DIAN); fix and resend with the same reference code.
 * FAILED: the provider certainly did not take it (unreachable, refused our credentials); safe to resend.
 * UNKNOWN: we could not learn the outcome (timeout, dropped connection, DIAN still validating); it is reconciled
 * with the provider by reference code before anything is sent again.
 * DELETED: an unvalidated document removed from the provider on request.
 */
public enum DocumentStatus {
    PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED;

    /** A new attempt with the same reference code may start from this state. */
    public boolean allowsResend() {
        return this == REJECTED || this == FAILED || this == UNKNOWN || this == DELETED;
    }

    /**
     * Whether a note in this state counts against the document it corrects: issued, being issued, or possibly
     * issued (UNKNOWN). Rejected, failed and deleted attempts release their amount.
     */
    public boolean holdsAmount() {
        return this == PENDING || this == ISSUED || this == UNKNOWN;
    }
}
