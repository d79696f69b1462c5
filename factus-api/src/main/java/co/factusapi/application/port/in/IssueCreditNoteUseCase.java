package co.factusapi.application.port.in;

import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteRequest;

/** Issue a DIAN electronic credit note ("nota crédito") against one of our validated invoices, within its balance. */
public interface IssueCreditNoteUseCase {

    /** The settled ledger entry: ISSUED, or UNKNOWN when DIAN has not answered yet. Failures are exceptions. */
    CreditNote issue(CreditNoteRequest request, String caller);
}
