package co.factusapi.application.service;

import co.factusapi.application.port.in.ReconcileDocumentsUseCase;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.tenant.Tenant;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The background half of "never twice, never lost", for every kind of document: each run takes up a batch of
 * unsettled entries through the ledger's compare-and-set (so two instances never both act on one entry) and settles
 * them the way a client retry would, then retries pending deletes of DIAN-rejected documents.
 */
public final class ReconcileDocumentsService implements ReconcileDocumentsUseCase {
    private static final System.Logger LOG = System.getLogger(ReconcileDocumentsService.class.getName());

    private final DocumentPipeline pipeline;
    private final DocumentLedger ledger;
    private final Clock clock;
    private final TenantRepository tenants;
    private final int batchSize;

    public ReconcileDocumentsService(DocumentPipeline pipeline, DocumentLedger ledger, Clock clock,
                                     TenantRepository tenants, int batchSize) {
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.clock = clock;
        this.tenants = tenants;
        this.batchSize = batchSize;
    }

    @Override
    public Report reconcile() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Tenant tenant : tenants.findAll()) {
            ActingTenant.run(tenant.id(), () -> reconcile(tenant.id(), outcomes));
        }
        return new Report(outcomes, unsettled());
    }

    /** Each tenant in turn, acting for it, so every provider call goes to that tenant's own Factus account. */
    private void reconcile(UUID tenantId, Map<Outcome, Integer> outcomes) {
        for (LedgerEntry<?> entry : ledger.findUnsettled(tenantId, clock.instant().minus(pipeline.stalePendingAfter()),
                batchSize)) {
            outcomes.merge(settle(entry), 1, Integer::sum);
        }
        for (LedgerEntry<?> rejected : ledger.findNeedingUpstreamDelete(tenantId, batchSize)) {
            Outcome outcome = pipeline.retryUpstreamDelete(rejected, AuditTrail.RECONCILER)
                    ? Outcome.UPSTREAM_DELETED : Outcome.UPSTREAM_DELETE_FAILED;
            outcomes.merge(outcome, 1, Integer::sum);
        }
    }

    @Override
    public LedgerEntry<?> reconcile(DocumentKind kind, String referenceCode, String actor) {
        LedgerEntry<?> entry = find(kind, referenceCode);
        if (entry.status() != DocumentStatus.UNKNOWN && !(entry.status() == DocumentStatus.PENDING && stale(entry))) {
            throw new ConflictException(kind.slug() + (entry.status() == DocumentStatus.PENDING ? "-in-progress"
                    : "-settled"), "The " + kind.label() + " is " + entry.status() + ": only an UNKNOWN one, or one "
                    + "PENDING for longer than any provider call, is reconciled.");
        }
        // Empty: another request or instance took the entry up first; it answers with what that one recorded.
        return pipeline.reconcile(entry, actor).orElseGet(() -> find(kind, referenceCode));
    }

    /** The same test as the background run's: untouched for longer than any provider call, or its instance gone. */
    private boolean stale(LedgerEntry<?> pending) {
        return pending.updatedAt().isBefore(clock.instant().minus(pipeline.stalePendingAfter()))
                || ledger.abandoned(pending);
    }

    private LedgerEntry<?> find(DocumentKind kind, String referenceCode) {
        return ledger.findByReference(ActingTenant.id(), kind, referenceCode).orElseThrow(() -> new NotFoundException(
                "There is no " + kind.label() + " with reference code " + referenceCode + " in this account."));
    }

    @Override
    public long unsettled() {
        return tenants.findAll().stream().mapToLong(tenant -> ledger.countUnsettled(tenant.id())).sum();
    }

    private Outcome settle(LedgerEntry<?> entry) {
        try {
            Optional<LedgerEntry<?>> settled = pipeline.reconcile(entry, AuditTrail.RECONCILER);
            return settled.map(document -> switch (document.status()) {
                case ISSUED -> Outcome.ISSUED;
                case REJECTED, DELETED -> Outcome.REJECTED;
                case FAILED -> Outcome.FAILED;
                case UNKNOWN, PENDING -> Outcome.UNKNOWN;
            }).orElse(Outcome.TAKEN_BY_ANOTHER);
        } catch (RuntimeException e) {
            // The provider is down or slow: the entry stays as it is and the next run tries again.
            LOG.log(System.Logger.Level.WARNING, "Could not reconcile a " + entry.kind().label() + ": "
                    + e.getClass().getSimpleName());
            return Outcome.ERROR;
        }
    }
}
