package co.factusapi.application.port.in;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditBalance;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.invoice.Invoice;

/** Read the credit-note ledger (no provider call). */
public interface FindCreditNotesUseCase {

    Page<CreditNote> find(CreditNoteQuery query);

    CreditNote byNumber(String number);

    /** The invoice's credit notes and the amount that may still be credited. */
    CreditBalance balanceOf(Invoice invoice);
}
