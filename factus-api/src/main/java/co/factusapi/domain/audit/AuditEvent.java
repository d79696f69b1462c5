package co.factusapi.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Who ({@code user:<name>}, {@code api-key:<id>} or {@code system:reconciler}) did what to which resource and when.
 * {@code tenantId} is the tenant acted for (null: a platform action outside any tenant).
 * {@code detail} never carries customer personal data: DIAN rule messages and our own texts only.
 */
public record AuditEvent(UUID id, Instant occurredAt, String actor, String action, String resourceType,
                         String resourceId, String referenceCode, String outcome, String detail,
                         UUID tenantId) {
    public static final int MAX_DETAIL = 1000;

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
