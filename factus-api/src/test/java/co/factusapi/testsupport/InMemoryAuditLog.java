package co.factusapi.testsupport;

import co.factusapi.application.port.out.AuditLog;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit trail as a list, for service tests. */
public class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> search(UUID tenantId, AuditQuery query) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> tenantId.equals(e.tenantId()))
                .filter(e -> query.actor() == null || query.actor().equals(e.actor()))
                .filter(e -> query.action() == null || query.action().equals(e.action()))
                .filter(e -> query.resourceId() == null || query.resourceId().equals(e.resourceId()))
                .filter(e -> query.referenceCode() == null || query.referenceCode().equals(e.referenceCode()))
                .sorted(Comparator.comparing(AuditEvent::occurredAt).reversed())
                .toList();
        return new Page<>(matching.stream().skip(query.offset()).limit(query.size()).toList(), query.page(),
                query.size(), matching.size());
    }

    public List<AuditEvent> all() {
        return List.copyOf(events);
    }
}
