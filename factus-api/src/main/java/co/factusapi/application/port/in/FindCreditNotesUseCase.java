package co.factusapi.application.port.in;

import co.factusapi.domain.invoice.CreditBalance;
import co.factusapi.domain.invoice.CreditNote;
import co.factusapi.domain.invoice.CreditNoteQuery;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.Page;

/** Read the credit-note ledger (no provider call). */
public interface FindCreditNotesUseCase {

    Page<CreditNote> find(CreditNoteQuery query);

    CreditNote byNumber(String number);

    /** The invoice's credit notes and the amount that may still be credited. */
    CreditBalance balanceOf(Invoice invoice);
}
