package co.factusapi.application.service;

import co.factusapi.application.port.in.CreditNoteDocumentsUseCase;
import co.factusapi.application.port.in.FindCreditNotesUseCase;
import co.factusapi.application.port.out.CreditNoteGateway;
import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditBalance;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.Invoice;
import java.util.UUID;

/** Reads the credit-note ledger; document operations go to the provider only for notes the ledger knows. */
public final class CreditNoteQueryService implements FindCreditNotesUseCase, CreditNoteDocumentsUseCase {
    private final CreditNoteRepository notes;
    private final CreditNoteGateway gateway;
    private final UUID accountId;

    public CreditNoteQueryService(CreditNoteRepository notes, CreditNoteGateway gateway, UUID accountId) {
        this.notes = notes;
        this.gateway = gateway;
        this.accountId = accountId;
    }

    @Override
    public Page<CreditNote> find(CreditNoteQuery query) {
        return notes.search(accountId, query);
    }

    @Override
    public CreditNote byNumber(String number) {
        return notes.findByNumber(accountId, number).orElseThrow(() ->
                new NotFoundException("There is no credit note numbered " + number + " in this account."));
    }

    @Override
    public CreditBalance balanceOf(Invoice invoice) {
        return CreditBalance.of(invoice, notes.findByInvoice(invoice.id()));
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        return gateway.download(byNumber(number).number(), format);
    }

    @Override
    public void sendEmail(String number, String email) {
        gateway.sendEmail(byNumber(number).number(), email);
    }
}
