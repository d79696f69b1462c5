package co.factusapi.domain.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The notes of one kind that correct a document, and what they may still take from it: its total minus the totals
 * of its ISSUED notes (what a client sees as "remaining creditable").
 */
public record Corrections(List<LedgerEntry<?>> notes, BigDecimal remaining) {
    public Corrections {
        notes = List.copyOf(notes);
    }

    public static Corrections of(LedgerEntry<?> document, List<LedgerEntry<?>> notes) {
        BigDecimal corrected = notes.stream().filter(n -> n.status() == DocumentStatus.ISSUED)
                .map(n -> n.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = document.totals() == null ? BigDecimal.ZERO : document.totals().total();
        return new Corrections(notes, total.subtract(corrected).setScale(2, RoundingMode.HALF_UP));
    }
}
