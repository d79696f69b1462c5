package co.factusapi.application.service;

import co.factusapi.application.port.in.FindAuditEventsUseCase;
import co.factusapi.application.port.out.AuditLog;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.invoice.Invoice;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes audit events for the use cases and reads them for admins. A failure to write is logged, never thrown:
 * the caller's invoice outcome must not be lost because the trail could not be written.
 */
public final class AuditTrail implements FindAuditEventsUseCase {
    public static final String RECONCILER = "system:reconciler";
    private static final System.Logger LOG = System.getLogger(AuditTrail.class.getName());

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void invoice(String actor, String action, Invoice invoice, String detail) {
        record(actor, action, "invoice", invoice.number(), invoice.referenceCode(), invoice.status().name(), detail);
    }

    public void record(String actor, String action, String resourceType, String resourceId, String referenceCode,
                       String outcome, String detail) {
        try {
            log.record(new AuditEvent(UUID.randomUUID(), clock.instant(), actor, action, resourceType, resourceId,
                    referenceCode, outcome, detail));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the audit event " + action + ": " + e.getClass().getName());
        }
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query) {
        return log.search(query);
    }
}
