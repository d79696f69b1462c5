package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Hoy": per kind of document, what was issued and rejected since midnight in Bogotá and the amounts issued, what is
 * still unsettled (UNKNOWN or PENDING, of any day: each one needs reconciling before it is sent again), and the
 * documents that need someone first. Read from the ledger through the listing use case; amounts are added up page
 * by page, at most {@link #MAX_PAGES_SUMMED} pages per kind (the total is then marked as partial).
 */
final class TodaySummary {
    static final int MAX_PAGES_SUMMED = 20;
    private static final int ATTENTION_PER_KIND = 5;
    private static final int ATTENTION_SHOWN = 10;

    private final FindDocumentsUseCase documents;

    TodaySummary(FindDocumentsUseCase documents) {
        this.documents = documents;
    }

    /** One line of the table: counts and the amount issued today. */
    record KindLine(String kind, long issued, long rejected, long unsettled, String amount, boolean partial) {
    }

    record View(List<KindLine> lines, long issued, long rejected, long unsettled, List<DocumentRow> attention) {
    }

    View today(Instant midnight, Locale locale) {
        List<KindLine> lines = new ArrayList<>();
        List<LedgerEntry<?>> attention = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Page<LedgerEntry<?>> rejected = page(kind, DocumentStatus.REJECTED, midnight, 1, ATTENTION_PER_KIND);
            Page<LedgerEntry<?>> unknown = page(kind, DocumentStatus.UNKNOWN, null, 1, ATTENTION_PER_KIND);
            Page<LedgerEntry<?>> pending = page(kind, DocumentStatus.PENDING, null, 1, ATTENTION_PER_KIND);
            attention.addAll(rejected.items());
            attention.addAll(unknown.items());
            attention.addAll(pending.items());
            Sum issued = issuedSince(kind, midnight);
            lines.add(new KindLine(kind.slug(), issued.count, rejected.total(), unknown.total() + pending.total(),
                    ConsoleFormat.money(issued.amount, locale), issued.partial));
        }
        List<DocumentRow> first = attention.stream()
                .sorted(Comparator.comparing((LedgerEntry<?> entry) -> entry.updatedAt()).reversed())
                .limit(ATTENTION_SHOWN).map(entry -> DocumentRow.of(entry, locale)).toList();
        return new View(lines, lines.stream().mapToLong(KindLine::issued).sum(),
                lines.stream().mapToLong(KindLine::rejected).sum(), lines.stream().mapToLong(KindLine::unsettled).sum(),
                first);
    }

    private record Sum(long count, BigDecimal amount, boolean partial) {
    }

    private Sum issuedSince(DocumentKind kind, Instant midnight) {
        BigDecimal amount = BigDecimal.ZERO;
        Page<LedgerEntry<?>> page = page(kind, DocumentStatus.ISSUED, midnight, 1, DocumentQuery.MAX_SIZE);
        for (int number = 1; ; number++) {
            if (number > 1) {
                page = page(kind, DocumentStatus.ISSUED, midnight, number, DocumentQuery.MAX_SIZE);
            }
            for (LedgerEntry<?> entry : page.items()) {
                amount = entry.totals() == null ? amount : amount.add(entry.totals().total());
            }
            if (number >= page.totalPages()) {
                return new Sum(page.total(), amount, false);
            }
            if (number == MAX_PAGES_SUMMED) {
                return new Sum(page.total(), amount, true);
            }
        }
    }

    private Page<LedgerEntry<?>> page(DocumentKind kind, DocumentStatus status, Instant from, int page, int size) {
        return documents.find(new DocumentQuery(kind, status, null, null, null, null, from, null, page, size));
    }
}
