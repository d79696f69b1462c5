package co.factusapi.domain.document;

import co.factusapi.domain.error.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Which lines a note that gives back part of a document (credit note, adjustment note) carries when the caller names
 * none: the document's lines in full; for a cancellation, the lines of the whole remaining amount.
 */
public final class NoteLines {
    private NoteLines() {
    }

    /**
     * The caller's lines; else the document's lines in full; for a cancellation, the document's lines when nothing
     * was corrected yet, otherwise one line for the remainder (possible only when every line of the document has the
     * same tax treatment, so the tax split stays right).
     *
     * @param conceptField the request field of the correction concept, named when a cancellation cannot be resolved
     */
    public static List<DocumentLine> resolve(List<DocumentLine> given, boolean cancellation, LedgerEntry<?> document,
                                             List<DocumentLine> documentLines, BigDecimal remaining,
                                             String documentField, String conceptField) {
        if (given != null) {
            if (cancellation) {
                throw InvalidRequestException.of("items", "must be omitted for a cancellation: it takes the whole "
                        + "remaining amount");
            }
            return given;
        }
        if (!cancellation || remaining.compareTo(DocumentAmounts.of(documentLines).total()) >= 0) {
            return documentLines;
        }
        String label = document.kind().label() + " " + document.number();
        if (remaining.signum() <= 0) {
            throw InvalidRequestException.of(documentField, label + " has nothing left to correct");
        }
        DocumentLine first = documentLines.getFirst();
        boolean oneTaxTreatment = documentLines.stream().allMatch(line -> line.excluded() == first.excluded()
                && line.tribute() == first.tribute() && line.taxRate().compareTo(first.taxRate()) == 0);
        if (!oneTaxTreatment) {
            throw InvalidRequestException.of(conceptField, label + " was partly corrected and mixes tax rates: "
                    + "correct the rest with explicit items (another concept)");
        }
        return List.of(new DocumentLine(first.codeReference(), "Anulación del saldo del documento " + document.number(), 1, remaining,
                BigDecimal.ZERO, first.taxRate(), first.unitMeasureCode(), first.standardCode(), first.excluded(),
                first.tribute(), first.schemeId(), null, List.of(), first.mandate()));
    }
}
