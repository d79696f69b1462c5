package co.factusapi.application.port.in;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.LedgerEntry;

/** Read the document ledger (no provider call). */
public interface FindDocumentsUseCase {

    Page<LedgerEntry<?>> find(DocumentQuery query);

    /** A NotFoundException when the account has no document of this kind with this number. */
    LedgerEntry<?> byNumber(DocumentKind kind, String number);

    /** The notes of {@code noteKind} on {@code document} and what they may still take from it. */
    Corrections corrections(LedgerEntry<?> document, DocumentKind noteKind);
}
