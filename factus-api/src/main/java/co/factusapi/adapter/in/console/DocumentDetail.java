package co.factusapi.adapter.in.console;

import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import java.util.List;
import java.util.Locale;

/**
 * One document's page: its amounts, its DIAN code (CUFE for invoices, CUDE for notes, CUDS for support documents),
 * the QR link, the rules behind a rejection as DIAN and the provider worded them, and its audit trail.
 */
record DocumentDetail(DocumentRow row, String uniqueCodeName, String uniqueCode, String qrUrl, String gross,
                      String tax, String updatedAt, String issuedAt, String createdBy, String correctedKind,
                      String correctedNumber, List<FieldViolation> errors, boolean hasPdf, List<Audit> audit) {

    record Audit(String occurredAt, String actor, String action, String outcome, String detail) {
        static Audit of(AuditEvent event) {
            return new Audit(ConsoleFormat.time(event.occurredAt()), event.actor(), event.action(), event.outcome(),
                    event.detail());
        }
    }

    static DocumentDetail of(LedgerEntry<?> entry, List<AuditEvent> audit, Locale locale) {
        DocumentKind corrected = entry.kind().corrects();
        return new DocumentDetail(DocumentRow.of(entry, locale), uniqueCodeName(entry.kind()), entry.uniqueCode(),
                webLink(entry.qrUrl()),
                entry.totals() == null ? "" : ConsoleFormat.money(entry.totals().grossValue(), locale),
                entry.totals() == null ? "" : ConsoleFormat.money(entry.totals().taxAmount(), locale),
                ConsoleFormat.time(entry.updatedAt()), ConsoleFormat.time(entry.issuedAt()), entry.createdBy(),
                corrected == null ? null : corrected.slug(),
                entry.parent() == null ? null : entry.parent().number(), entry.errors(), entry.number() != null,
                audit.stream().map(Audit::of).toList());
    }

    private static String uniqueCodeName(DocumentKind kind) {
        return switch (kind) {
            case INVOICE -> "CUFE";
            case SUPPORT_DOCUMENT, ADJUSTMENT_NOTE -> "CUDS";
            case CREDIT_NOTE, DEBIT_NOTE -> "CUDE";
        };
    }

    /** Only an http(s) address becomes a link: a provider's answer must never put a script URL in a page. */
    private static String webLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
