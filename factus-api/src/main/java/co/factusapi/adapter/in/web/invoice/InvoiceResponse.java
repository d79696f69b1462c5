package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.Totals;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice of our ledger as callers see it. {@code status}: PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED. */
public record InvoiceResponse(UUID id, String referenceCode, String status, String number, String prefix, String cufe,
                              String qrUrl, CustomerSummary customer, Totals totals, List<FieldViolation> errors,
                              String createdBy, Instant createdAt, Instant updatedAt, Instant issuedAt,
                              List<NoteSummary> creditNotes, BigDecimal remainingCreditableAmount,
                              List<NoteSummary> debitNotes) {

    public record CustomerSummary(String identification, String name) {
    }

    /** A note of the invoice, as its detail lists it. */
    public record NoteSummary(String number, String cude, String status, BigDecimal total) {
        public static List<NoteSummary> of(Corrections corrections) {
            return corrections.notes().stream().map(note -> new NoteSummary(note.number(), note.uniqueCode(),
                    note.status().name(), note.totals().total())).toList();
        }
    }

    /**
     * The detail: the invoice with its credit notes, what may still be credited, and its debit notes (list rows omit
     * them).
     */
    static InvoiceResponse of(LedgerEntry<InvoiceRequest> invoice, Corrections credits, Corrections debits) {
        InvoiceResponse plain = of(invoice);
        return new InvoiceResponse(plain.id, plain.referenceCode, plain.status, plain.number, plain.prefix, plain.cufe,
                plain.qrUrl, plain.customer, plain.totals, plain.errors, plain.createdBy, plain.createdAt,
                plain.updatedAt, plain.issuedAt, NoteSummary.of(credits), credits.remaining(), NoteSummary.of(debits));
    }

    static InvoiceResponse of(LedgerEntry<InvoiceRequest> invoice) {
        return new InvoiceResponse(invoice.id(), invoice.referenceCode(), invoice.status().name(), invoice.number(),
                invoice.prefix(), invoice.uniqueCode(), invoice.qrUrl(),
                new CustomerSummary(invoice.party().identification(), invoice.party().name()),
                Totals.of(invoice.totals()), invoice.errors(), invoice.createdBy(), invoice.createdAt(),
                invoice.updatedAt(), invoice.issuedAt(), null, null, null);
    }
}
