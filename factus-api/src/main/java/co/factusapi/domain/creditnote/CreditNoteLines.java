package co.factusapi.domain.creditnote;

import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.util.List;

/** Which lines a credit note carries when the caller names none. */
public final class CreditNoteLines {
    private CreditNoteLines() {
    }

    /**
     * The caller's lines; else the invoice's lines in full; for a cancellation, the lines of the whole remaining
     * amount: the invoice's lines when nothing was credited yet, otherwise one line for the remainder (possible only
     * when every line of the invoice has the same tax treatment, so the tax split stays right).
     */
    public static List<DocumentLine> resolve(CreditNoteRequest request, LedgerEntry<InvoiceRequest> invoice,
                                             BigDecimal remaining) {
        boolean cancellation = request.correctionConcept() == CreditNoteConcept.CANCELLATION;
        if (request.items() != null) {
            if (cancellation) {
                throw InvalidRequestException.of("items", "must be omitted for a cancellation: it credits the whole "
                        + "remaining amount");
            }
            return request.items();
        }
        List<DocumentLine> invoiceLines = invoice.request().items();
        if (!cancellation || remaining.compareTo(DocumentAmounts.of(invoiceLines).total()) >= 0) {
            return invoiceLines;
        }
        if (remaining.signum() <= 0) {
            throw InvalidRequestException.of("invoice_number", "invoice " + invoice.number()
                    + " has nothing left to credit");
        }
        DocumentLine first = invoiceLines.getFirst();
        boolean oneTaxTreatment = invoiceLines.stream().allMatch(line -> line.excluded() == first.excluded()
                && line.tribute() == first.tribute() && line.taxRate().compareTo(first.taxRate()) == 0);
        if (!oneTaxTreatment) {
            throw InvalidRequestException.of("correction_concept", "invoice " + invoice.number() + " was partly "
                    + "credited and mixes tax rates: credit the rest with explicit items (concept partial_return or other)");
        }
        return List.of(new DocumentLine(first.codeReference(), "Anulación del saldo de la factura " + invoice.number(),
                1, remaining, BigDecimal.ZERO, first.taxRate(), first.unitMeasureCode(), first.standardCode(),
                first.excluded(), first.tribute(), first.schemeId(), null, List.of(), first.mandate()));
    }
}
