package co.factusapi.testsupport;

import co.factusapi.application.service.CreditNoteDocumentType;
import co.factusapi.application.service.InvoiceDocumentType;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.ProviderDocument.DianState;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Ledger entries and provider answers for tests, built the way the pipeline builds them. */
public final class Ledgers {
    public static final DocumentTotals INVOICE_TOTALS = new DocumentTotals(new BigDecimal("20000.00"),
            new BigDecimal("3800.00"), new BigDecimal("23800.00"));
    private static final BigDecimal UNLIMITED = new BigDecimal("999999999999.99");

    private Ledgers() {
    }

    public static LedgerEntry<InvoiceRequest> pendingInvoice(UUID account, InvoiceRequest request, Instant at) {
        return LedgerEntry.pending(account, new InvoiceDocumentType(null).attempt(request, null, null), "user:alice", null, at);
    }

    public static LedgerEntry<InvoiceRequest> pendingInvoice(UUID account, String reference, Instant at) {
        return pendingInvoice(account, Invoices.request(reference), at);
    }

    /** A credit note of one unit (11900.00) of the invoice's line. */
    public static LedgerEntry<CreditNoteRequest> pendingCreditNote(LedgerEntry<?> invoice, String reference, Instant at) {
        return LedgerEntry.pending(invoice.tenantId(), new CreditNoteDocumentType(null)
                .attempt(oneUnitCredit(invoice.number(), reference), invoice, UNLIMITED), "user:alice", null, at);
    }

    public static CreditNoteRequest oneUnitCredit(String invoiceNumber, String reference) {
        DocumentLine unit = Invoices.item("11900.00", "19.00");
        DocumentLine oneUnit = new DocumentLine(unit.codeReference(), unit.name(), 1, unit.price(), unit.discountRate(),
                unit.taxRate(), unit.unitMeasureCode(), unit.standardCode(), unit.excluded(), unit.tribute(), null,
                null, List.of(), null);
        return new CreditNoteRequest(invoiceNumber, CreditNoteConcept.PARTIAL_RETURN, reference, null, null, false,
                List.of(oneUnit));
    }

    public static ProviderDocument validated(String number, DocumentTotals totals) {
        return new ProviderDocument(number, "SETP", "f".repeat(96), "https://catalogo-vpfe-hab.dian.gov.co/qr",
                DianState.VALIDATED, totals, List.of());
    }

    public static ProviderDocument awaitingDian(String number) {
        return new ProviderDocument(number, "SETP", null, null, DianState.AWAITING_DIAN, INVOICE_TOTALS,
                List.of(new FieldViolation("dian", "Regla: FAD06, Notificación: en proceso")));
    }

    public static ProviderDocument dianRejected(String number) {
        return new ProviderDocument(number, "SETP", null, null, DianState.REJECTED, INVOICE_TOTALS,
                List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV")));
    }
}
