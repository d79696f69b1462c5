package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Hoy": per kind of document, what was issued and rejected since midnight in Bogotá and the amounts issued (one
 * aggregate read of the ledger), what is still unsettled (UNKNOWN or PENDING, of any day: each one needs reconciling
 * before it is sent again), and the documents that need someone first.
 */
final class TodaySummary {
    private static final int ATTENTION_PER_KIND = 5;
    private static final int ATTENTION_SHOWN = 10;

    private final FindDocumentsUseCase documents;

    TodaySummary(FindDocumentsUseCase documents) {
        this.documents = documents;
    }

    /** One line of the table: counts and the amount issued today. */
    record KindLine(String kind, long issued, long rejected, long unsettled, String amount) {
    }

    record View(List<KindLine> lines, long issued, long rejected, long unsettled, List<DocumentRow> attention) {
    }

    /** {@code midnight} starts the Bogotá day; a Colombian day is always 24 hours (no daylight saving). */
    View today(Instant midnight, Locale locale) {
        List<DocumentTally> day = documents.tally(midnight, midnight.plus(1, ChronoUnit.DAYS));
        List<KindLine> lines = new ArrayList<>();
        List<LedgerEntry<?>> attention = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Page<LedgerEntry<?>> rejected = page(kind, DocumentStatus.REJECTED, midnight);
            Page<LedgerEntry<?>> unknown = page(kind, DocumentStatus.UNKNOWN, null);
            Page<LedgerEntry<?>> pending = page(kind, DocumentStatus.PENDING, null);
            attention.addAll(rejected.items());
            attention.addAll(unknown.items());
            attention.addAll(pending.items());
            DocumentTally issued = tallyOf(day, kind, DocumentStatus.ISSUED);
            lines.add(new KindLine(kind.slug(), issued.count(), tallyOf(day, kind, DocumentStatus.REJECTED).count(),
                    unknown.total() + pending.total(), ConsoleFormat.money(issued.total(), locale)));
        }
        List<DocumentRow> first = attention.stream()
                .sorted(Comparator.comparing((LedgerEntry<?> entry) -> entry.updatedAt()).reversed())
                .limit(ATTENTION_SHOWN).map(entry -> DocumentRow.of(entry, locale)).toList();
        return new View(lines, lines.stream().mapToLong(KindLine::issued).sum(),
                lines.stream().mapToLong(KindLine::rejected).sum(), lines.stream().mapToLong(KindLine::unsettled).sum(),
                first);
    }

    private static DocumentTally tallyOf(List<DocumentTally> day, DocumentKind kind, DocumentStatus status) {
        return day.stream().filter(tally -> tally.kind() == kind && tally.status() == status).findFirst()
                .orElse(new DocumentTally(kind, status, 0, BigDecimal.ZERO));
    }

    private Page<LedgerEntry<?>> page(DocumentKind kind, DocumentStatus status, Instant from) {
        return documents.find(new DocumentQuery(kind, status, null, null, null, null, from, null, 1,
                ATTENTION_PER_KIND));
    }
}
