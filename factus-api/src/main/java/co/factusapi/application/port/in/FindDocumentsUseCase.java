package co.factusapi.application.port.in;

import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import java.time.Instant;
import java.util.List;

/** Read the document ledger (no provider call). */
public interface FindDocumentsUseCase {

    Page<LedgerEntry<?>> find(DocumentQuery query);

    /** Per kind and state, the count and amount of the documents created in [{@code from}, {@code to}). */
    List<DocumentTally> tally(Instant from, Instant to);

    /** Per kind, the UNKNOWN and PENDING documents of any day: each needs reconciling before it is sent again. */
    List<DocumentTally> tallyUnsettled();

    /** The documents rejected since {@code rejectedSince} and the unsettled ones, of every kind, last updated first. */
    List<LedgerEntry<?>> needingAttention(Instant rejectedSince, int limit);

    /** A NotFoundException when the account has no document of this kind with this number. */
    LedgerEntry<?> byNumber(DocumentKind kind, String number);

    /** The notes of {@code noteKind} on {@code document} and what they may still take from it. */
    Corrections corrections(LedgerEntry<?> document, DocumentKind noteKind);
}
