package co.factusapi.application.port.in;

import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;

/** Admins read the audit trail: who did what to which invoice or key, and when. */
public interface FindAuditEventsUseCase {
    Page<AuditEvent> find(AuditQuery query);
}
