package co.factusapi.domain.audit;

import java.time.Instant;

/** Filters over the audit trail, every one optional; newest first, {@code page} 1-based. */
public record AuditQuery(String actor, String action, String resourceId, String referenceCode, Instant from,
                         Instant to, int page, int size) {
    public static final int MAX_SIZE = 100;

    public AuditQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
