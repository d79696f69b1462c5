package co.factusapi.adapter.in.web.invoice;

import co.factusapi.domain.creditnote.CreditBalance;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.Invoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice of our ledger as callers see it. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED. */
public record InvoiceResponse(UUID id, String referenceCode, String status, String number, String prefix, String cufe,
                              String qrUrl, CustomerSummary customer, Totals totals, List<FieldViolation> errors,
                              String createdBy, Instant createdAt, Instant updatedAt, Instant issuedAt,
                              List<CreditNoteSummary> creditNotes, BigDecimal remainingCreditableAmount) {

    public record CustomerSummary(String identification, String name) {
    }

    public record Totals(BigDecimal grossValue, BigDecimal taxAmount, BigDecimal total) {
        static Totals of(DocumentTotals totals) {
            return totals == null ? null : new Totals(totals.grossValue(), totals.taxAmount(), totals.total());
        }
    }

    /** A credit note of the invoice, as its detail lists it. */
    public record CreditNoteSummary(String number, String cude, String status, BigDecimal total) {
    }

    /** The detail: the invoice with its credit notes and what may still be credited (list rows omit both). */
    static InvoiceResponse of(Invoice invoice, CreditBalance balance) {
        InvoiceResponse plain = of(invoice);
        return new InvoiceResponse(plain.id, plain.referenceCode, plain.status, plain.number, plain.prefix, plain.cufe,
                plain.qrUrl, plain.customer, plain.totals, plain.errors, plain.createdBy, plain.createdAt,
                plain.updatedAt, plain.issuedAt, balance.creditNotes().stream().map(note -> new CreditNoteSummary(
                        note.number(), note.cude(), note.status().name(), note.totals().total())).toList(),
                balance.remaining());
    }

    static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(invoice.id(), invoice.referenceCode(), invoice.status().name(), invoice.number(),
                invoice.prefix(), invoice.cufe(), invoice.qrUrl(),
                new CustomerSummary(invoice.customerIdentification(), invoice.customerName()),
                Totals.of(invoice.totals()), invoice.errors(), invoice.createdBy(), invoice.createdAt(),
                invoice.updatedAt(), invoice.issuedAt(), null, null);
    }
}
