package co.factusapi.adapter.in.web.supportdocument;

import co.factusapi.adapter.in.web.document.Totals;
import co.factusapi.adapter.in.web.invoice.InvoiceResponse.NoteSummary;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A support document of our ledger. {@code cuds}: its DIAN unique code. */
public record SupportDocumentResponse(UUID id, String referenceCode, String status, String number, String prefix,
                                      String cuds, String qrUrl, ProviderSummary provider, Totals totals,
                                      List<FieldViolation> errors, String createdBy, Instant createdAt,
                                      Instant updatedAt, Instant issuedAt, List<NoteSummary> adjustmentNotes,
                                      BigDecimal remainingAdjustableAmount) {

    public record ProviderSummary(String identification, String name, String countryCode) {
    }

    /** The detail: with its adjustment notes and what they may still take from it (list rows omit both). */
    static SupportDocumentResponse of(LedgerEntry<SupportDocumentRequest> document, Corrections adjustments) {
        SupportDocumentResponse plain = of(document);
        return new SupportDocumentResponse(plain.id, plain.referenceCode, plain.status, plain.number, plain.prefix,
                plain.cuds, plain.qrUrl, plain.provider, plain.totals, plain.errors, plain.createdBy, plain.createdAt,
                plain.updatedAt, plain.issuedAt, NoteSummary.of(adjustments), adjustments.remaining());
    }

    static SupportDocumentResponse of(LedgerEntry<SupportDocumentRequest> document) {
        return new SupportDocumentResponse(document.id(), document.referenceCode(), document.status().name(),
                document.number(), document.prefix(), document.uniqueCode(), document.qrUrl(),
                new ProviderSummary(document.party().identification(), document.party().name(),
                        document.request().provider().countryCode()),
                Totals.of(document.totals()), document.errors(), document.createdBy(), document.createdAt(),
                document.updatedAt(), document.issuedAt(), null, null);
    }
}
