package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTally;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Hoy": per kind of document, what was issued and rejected since midnight in Bogotá and the amounts issued, what is
 * still unsettled (UNKNOWN or PENDING, of any day: each one needs reconciling before it is sent again), and the
 * documents that need someone first. Three reads of the ledger, two of them aggregates, however many documents.
 */
final class TodaySummary {
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
        List<DocumentTally> unsettled = documents.tallyUnsettled();
        List<KindLine> lines = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentTally issued = tallyOf(day, kind, DocumentStatus.ISSUED);
            lines.add(new KindLine(kind.slug(), issued.count(), tallyOf(day, kind, DocumentStatus.REJECTED).count(),
                    tallyOf(unsettled, kind, DocumentStatus.UNKNOWN).count()
                            + tallyOf(unsettled, kind, DocumentStatus.PENDING).count(),
                    ConsoleFormat.money(issued.total(), locale)));
        }
        List<DocumentRow> attention = documents.needingAttention(midnight, ATTENTION_SHOWN).stream()
                .map(entry -> DocumentRow.of(entry, locale)).toList();
        return new View(lines, lines.stream().mapToLong(KindLine::issued).sum(),
                lines.stream().mapToLong(KindLine::rejected).sum(), lines.stream().mapToLong(KindLine::unsettled).sum(),
                attention);
    }

    private static DocumentTally tallyOf(List<DocumentTally> day, DocumentKind kind, DocumentStatus status) {
        return day.stream().filter(tally -> tally.kind() == kind && tally.status() == status).findFirst()
                .orElse(new DocumentTally(kind, status, 0, BigDecimal.ZERO));
    }
}
