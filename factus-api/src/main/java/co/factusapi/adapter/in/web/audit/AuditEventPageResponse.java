package co.factusapi.adapter.in.web.audit;

import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.common.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AuditEventPageResponse(List<Event> data, Pagination pagination) {

    public record Event(UUID id, Instant occurredAt, String actor, String action, String resourceType,
                        String resourceId, String referenceCode, String outcome, String detail) {
    }

    public record Pagination(int page, int size, long total, long totalPages) {
    }

    static AuditEventPageResponse of(Page<AuditEvent> page) {
        return new AuditEventPageResponse(page.items().stream().map(e -> new Event(e.id(), e.occurredAt(), e.actor(),
                e.action(), e.resourceType(), e.resourceId(), e.referenceCode(), e.outcome(), e.detail())).toList(),
                new Pagination(page.page(), page.size(), page.total(), page.totalPages()));
    }
}
