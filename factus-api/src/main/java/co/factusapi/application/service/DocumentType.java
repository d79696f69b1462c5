package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentLink;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.LedgerEntry.Attempt;
import co.factusapi.domain.document.LedgerEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What one kind of DIAN document plugs into the {@link DocumentPipeline}: its rules against the document it corrects,
 * and its provider (payload mapping and endpoints live behind that port). Everything else (ledger first, adoption by
 * reference, deleting DIAN-rejected documents, reservations, reconciliation, audit) is the pipeline's.
 */
public interface DocumentType<R extends DocumentRequest> {

    DocumentKind kind();

    Class<R> requestType();

    DocumentProvider<R> provider();

    /**
     * The attempt to record for {@code request}: the request as it will be sent, with its party and the amounts known
     * before the provider answers. {@code corrected} is the ISSUED document a note corrects (null for a document that
     * stands alone); {@code remaining} what is left of it for notes of this kind (null when unlimited). Throws an
     * InvalidRequestException when the request breaks a rule that needs them.
     */
    Attempt<R> attempt(R request, LedgerEntry<?> corrected, BigDecimal remaining);

    /** Whether the notes of this kind on one document may together not exceed its total (credit, adjustment). */
    default boolean limitedByCorrected() {
        return false;
    }

    /** The attempt of a note: the corrected document's party, a link to it and the amount of the note's lines. */
    static <R extends DocumentRequest> Attempt<R> noteAttempt(R request, String prefix, LedgerEntry<?> corrected,
                                                              List<DocumentLine> lines) {
        return new Attempt<>(request, prefix, corrected.party(), new DocumentLink(corrected.id(), corrected.number()),
                DocumentAmounts.of(lines));
    }

    /** The field an error about the amount points at when a note would exceed what is left of the corrected document. */
    default String amountField(R request) {
        return correctedField();
    }

    /** The request field that names the corrected document ("invoice_number"). */
    default String correctedField() {
        return kind().corrects() == null ? null : kind().corrects().name().toLowerCase(Locale.ROOT) + "_number";
    }
}
