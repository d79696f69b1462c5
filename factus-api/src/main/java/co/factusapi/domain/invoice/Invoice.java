package co.factusapi.domain.invoice;

import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One entry of our invoice ledger: an attempt to issue {@link #request()} under a reference code, and its outcome. */
public record Invoice(UUID id, UUID accountId, String referenceCode, DocumentStatus status, String prefix, String number,
                      String cufe, String qrUrl, String customerIdentification, String customerName,
                      DocumentTotals totals, List<FieldViolation> errors, InvoiceRequest request, String createdBy,
                      Instant createdAt, Instant updatedAt, Instant issuedAt) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Invoice pending(UUID accountId, InvoiceRequest request, String createdBy, Instant now) {
        return new Invoice(UUID.randomUUID(), accountId, request.referenceCode(), DocumentStatus.PENDING,
                request.numberingRangePrefix(), null, null, null, request.customer().identification(),
                request.customer().displayName(), null, List.of(), request, createdBy, now, now, null);
    }

    /** The same ledger entry, taken up again for a new attempt with (possibly corrected) data. */
    public Invoice retried(InvoiceRequest newRequest, Instant now) {
        return new Invoice(id, accountId, referenceCode, DocumentStatus.PENDING, newRequest.numberingRangePrefix(), number,
                cufe, qrUrl, newRequest.customer().identification(), newRequest.customer().displayName(), totals,
                List.of(), newRequest, createdBy, createdAt, now, issuedAt);
    }

    public Invoice settled(ProviderDocument outcome, Instant now) {
        DocumentStatus next = outcome.validated() ? DocumentStatus.ISSUED : DocumentStatus.UNKNOWN;
        return new Invoice(id, accountId, referenceCode, next, outcome.prefix() == null ? prefix : outcome.prefix(),
                outcome.number(), outcome.cufe(), outcome.qrUrl(), customerIdentification, customerName,
                outcome.totals(), outcome.notices(), request, createdBy, createdAt, now,
                outcome.validated() ? now : null);
    }

    public Invoice failed(DocumentStatus outcome, List<FieldViolation> reasons, Instant now) {
        return new Invoice(id, accountId, referenceCode, outcome, prefix, number, cufe, qrUrl, customerIdentification,
                customerName, totals, reasons, request, createdBy, createdAt, now, issuedAt);
    }
}
