package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.LedgerEntry;

/**
 * Issue a DIAN electronic document (sales invoice, credit or debit note, support document, adjustment note) and
 * record it in the ledger.
 */
public interface IssueDocumentUseCase {

    /** The settled ledger entry: ISSUED, or UNKNOWN when DIAN has not answered yet. Failures are exceptions. */
    <R extends DocumentRequest> LedgerEntry<R> issue(R request, String caller);
}
