package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.NumberingRangesUseCase;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The acting tenant's DIAN numbering ranges as its provider reports them (read-only): how many numbers each has left
 * and how many days until its resolution ends, so nobody learns it from a refused invoice. Active ranges first.
 */
@Controller
public class ConsoleRangesController {
    private final NumberingRangesUseCase ranges;
    private final Clock clock;

    public ConsoleRangesController(NumberingRangesUseCase ranges, Clock clock) {
        this.ranges = ranges;
        this.clock = clock;
    }

    /** One range as the page shows it; {@code remaining} and {@code daysLeft} are null when the provider gives no end. */
    record RangeRow(long id, String document, String prefix, Long from, Long to, Long current, Long remaining,
                    String resolutionNumber, LocalDate endDate, Long daysLeft, boolean active, boolean expired) {
        static RangeRow of(NumberingRange range, LocalDate today) {
            return new RangeRow(range.id(), range.document() == null ? "" : range.document().description(), range.prefix(),
                    range.from(), range.to(), range.current(), ComplianceAlertRules.remaining(range),
                    range.resolutionNumber(), range.endDate(),
                    range.endDate() == null ? null : ChronoUnit.DAYS.between(today, range.endDate()), range.active(),
                    range.expired());
        }
    }

    @GetMapping("/console/numbering-ranges")
    String list(Model model) {
        LocalDate today = ConsoleFormat.today(clock);
        model.addAttribute("ranges", ranges.list(new RangeFilter(null, null, null, null, null)).stream()
                .sorted(Comparator.comparing(NumberingRange::active).reversed()
                        .thenComparing(NumberingRange::prefix, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(range -> RangeRow.of(range, today)).toList());
        return "console/numbering-ranges";
    }
}
