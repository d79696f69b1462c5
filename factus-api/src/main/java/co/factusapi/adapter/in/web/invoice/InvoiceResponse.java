package co.factusapi.adapter.in.web.invoice;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice of our ledger as callers see it. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED. */
public record InvoiceResponse(UUID id, String referenceCode, String status, String number, String prefix, String cufe,
                              String qrUrl, CustomerSummary customer, Totals totals, List<FieldViolation> errors,
                              String createdBy, Instant createdAt, Instant updatedAt, Instant issuedAt) {

    public record CustomerSummary(String identification, String name) {
    }

    public record Totals(BigDecimal grossValue, BigDecimal taxAmount, BigDecimal total) {
        static Totals of(InvoiceTotals totals) {
            return totals == null ? null : new Totals(totals.grossValue(), totals.taxAmount(), totals.total());
        }
    }

    static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(invoice.id(), invoice.referenceCode(), invoice.status().name(), invoice.number(),
                invoice.prefix(), invoice.cufe(), invoice.qrUrl(),
                new CustomerSummary(invoice.customerIdentification(), invoice.customerName()),
                Totals.of(invoice.totals()), invoice.errors(), invoice.createdBy(), invoice.createdAt(),
                invoice.updatedAt(), invoice.issuedAt());
    }
}
