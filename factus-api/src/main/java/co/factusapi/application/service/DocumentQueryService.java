package co.factusapi.application.service;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.application.tenancy.ActingTenant;
import java.time.Instant;
import java.util.List;

/** Reads the document ledger of the acting tenant. */
public final class DocumentQueryService implements FindDocumentsUseCase {
    private final DocumentLedger ledger;

    public DocumentQueryService(DocumentLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Page<LedgerEntry<?>> find(DocumentQuery query) {
        return ledger.search(ActingTenant.id(), query);
    }

    @Override
    public List<DocumentTally> tally(Instant from, Instant to) {
        return ledger.tally(ActingTenant.id(), from, to);
    }

    @Override
    public List<DocumentTally> tallyUnsettled() {
        return ledger.tallyUnsettled(ActingTenant.id());
    }

    @Override
    public List<LedgerEntry<?>> needingAttention(Instant rejectedSince, int limit) {
        return ledger.findNeedingAttention(ActingTenant.id(), rejectedSince, limit);
    }

    @Override
    public LedgerEntry<?> byNumber(DocumentKind kind, String number) {
        return ledger.findByNumber(ActingTenant.id(), kind, number).orElseThrow(() ->
                new NotFoundException("There is no " + kind.label() + " numbered " + number + " in this account."));
    }

    @Override
    public Corrections corrections(LedgerEntry<?> document, DocumentKind noteKind) {
        return Corrections.of(document, ledger.findCorrections(document.id(), noteKind));
    }
}
