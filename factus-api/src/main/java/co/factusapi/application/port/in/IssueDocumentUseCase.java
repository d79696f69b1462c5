package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.LedgerEntry;

/**
 * Issue a DIAN electronic document (sales invoice, credit or debit note, support document, adjustment note) and
 * record it in the ledger.
 */
public interface IssueDocumentUseCase {

    /**
     * The settled ledger entry: ISSUED, or UNKNOWN when DIAN has not answered yet. Failures are exceptions. A repeat
     * of an issued request with the same {@code idempotencyKey} by the same caller (its first answer was lost) gets
     * the issued entry back, {@link Issued#replayed()}; any other request with an issued reference code is a conflict.
     */
    <R extends DocumentRequest> Issued<R> issue(R request, String caller, String idempotencyKey);

    default <R extends DocumentRequest> LedgerEntry<R> issue(R request, String caller) {
        return issue(request, caller, null).entry();
    }

    record Issued<R extends DocumentRequest>(LedgerEntry<R> entry, boolean replayed) {
    }
}
