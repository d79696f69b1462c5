package co.factusapi.application.service;

import co.factusapi.application.port.in.FindAuditEventsUseCase;
import co.factusapi.application.port.out.AuditLog;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes audit events for the use cases and reads them for admins. A failure to write is logged, never thrown:
 * the caller's document outcome must not be lost because the trail could not be written.
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

    /**
     * {@code action} is the verb ("issue"); the event's action is prefixed with the kind ("credit-note.issue"). A note
     * is recorded under the document it corrects, so one query by number shows a document with all its corrections.
     */
    public void document(String actor, String action, LedgerEntry<?> entry, String detail) {
        String fullAction = entry.kind().slug() + "." + action;
        if (entry.parent() == null) {
            record(actor, fullAction, entry.kind().slug(), entry.number(), entry.referenceCode(), entry.status().name(),
                    detail);
            return;
        }
        String note = entry.kind().label() + " " + (entry.number() == null ? "-" : entry.number());
        record(actor, fullAction, entry.kind().corrects().slug(), entry.parent().number(), entry.referenceCode(),
                entry.status().name(), detail == null ? note : note + "; " + detail);
    }

    /** An event of the acting tenant. */
    public void record(String actor, String action, String resourceType, String resourceId, String referenceCode,
                       String outcome, String detail) {
        recordFor(ActingTenant.current().orElse(null), actor, action, resourceType, resourceId, referenceCode, outcome,
                detail);
    }

    /** An event of {@code tenant} (null: of the platform, such as a vault rotation), whoever acts. */
    public void recordFor(UUID tenant, String actor, String action, String resourceType, String resourceId,
                          String referenceCode, String outcome, String detail) {
        try {
            log.record(new AuditEvent(UUID.randomUUID(), clock.instant(), actor, action, resourceType, resourceId,
                    referenceCode, outcome, detail, tenant));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the audit event " + action + ": " + e.getClass().getName());
        }
    }

    /** The field paths (or DIAN rule codes) of what went wrong; never the messages, which may echo customer data. */
    static String fields(List<FieldViolation> errors) {
        return errors.stream().map(FieldViolation::field).distinct().collect(Collectors.joining("; "));
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query) {
        return log.search(ActingTenant.id(), query);
    }
}
