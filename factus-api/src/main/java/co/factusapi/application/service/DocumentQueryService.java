package co.factusapi.application.service;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.NotFoundException;
import java.util.UUID;

/** Reads the document ledger of the account. */
public final class DocumentQueryService implements FindDocumentsUseCase {
    private final DocumentLedger ledger;
    private final UUID accountId;

    public DocumentQueryService(DocumentLedger ledger, UUID accountId) {
        this.ledger = ledger;
        this.accountId = accountId;
    }

    @Override
    public Page<LedgerEntry<?>> find(DocumentQuery query) {
        return ledger.search(accountId, query);
    }

    @Override
    public LedgerEntry<?> byNumber(DocumentKind kind, String number) {
        return ledger.findByNumber(accountId, kind, number).orElseThrow(() ->
                new NotFoundException("There is no " + kind.label() + " numbered " + number + " in this account."));
    }

    @Override
    public Corrections corrections(LedgerEntry<?> document, DocumentKind noteKind) {
        return Corrections.of(document, ledger.findCorrections(document.id(), noteKind));
    }
}
