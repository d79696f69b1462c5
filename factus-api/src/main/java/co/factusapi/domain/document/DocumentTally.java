package co.factusapi.domain.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many documents of one kind are in one state, and what they add up to in COP (documents without totals yet,
 * such as a PENDING first attempt, count but add nothing).
 */
public record DocumentTally(DocumentKind kind, DocumentStatus status, long count, BigDecimal total) {
    public DocumentTally {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (count < 0) {
            throw new IllegalArgumentException("count is never negative");
        }
        total = Objects.requireNonNull(total, "total").setScale(2, RoundingMode.HALF_UP);
    }
}
