package co.factusapi.application.port.out;

import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import java.util.UUID;

/** The audit trail: append-only record of what callers and the reconciler did. */
public interface AuditLog {

    void record(AuditEvent event);

    Page<AuditEvent> search(UUID tenantId, AuditQuery query);
}
