package co.factusapi.application.service;

import co.factusapi.application.port.in.ReconcileInvoicesUseCase;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.invoice.Invoice;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The background half of "never twice, never lost": each run takes up a batch of unsettled entries through the
 * ledger's compare-and-set (so two instances never both act on one entry) and settles them the way a client retry
 * would, then retries pending deletes of DIAN-rejected documents.
 */
public final class ReconcileInvoicesService implements ReconcileInvoicesUseCase {
    private static final System.Logger LOG = System.getLogger(ReconcileInvoicesService.class.getName());

    private final IssueInvoiceService issuer;
    private final InvoiceRepository invoices;
    private final Clock clock;
    private final UUID accountId;
    private final int batchSize;

    public ReconcileInvoicesService(IssueInvoiceService issuer, InvoiceRepository invoices, Clock clock, UUID accountId,
                                    int batchSize) {
        this.issuer = issuer;
        this.invoices = invoices;
        this.clock = clock;
        this.accountId = accountId;
        this.batchSize = batchSize;
    }

    @Override
    public Report reconcile() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Invoice entry : invoices.findUnsettled(accountId, clock.instant().minus(issuer.stalePendingAfter()), batchSize)) {
            outcomes.merge(settle(entry), 1, Integer::sum);
        }
        for (Invoice rejected : invoices.findNeedingUpstreamDelete(accountId, batchSize)) {
            Outcome outcome = issuer.retryUpstreamDelete(rejected, AuditTrail.RECONCILER)
                    ? Outcome.UPSTREAM_DELETED : Outcome.UPSTREAM_DELETE_FAILED;
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return new Report(outcomes, unsettled());
    }

    @Override
    public long unsettled() {
        return invoices.countUnsettled(accountId);
    }

    private Outcome settle(Invoice entry) {
        try {
            Optional<Invoice> settled = issuer.reconcile(entry, AuditTrail.RECONCILER);
            return settled.map(invoice -> switch (invoice.status()) {
                case ISSUED -> Outcome.ISSUED;
                case REJECTED, DELETED -> Outcome.REJECTED;
                case FAILED -> Outcome.FAILED;
                case UNKNOWN, PENDING -> Outcome.UNKNOWN;
            }).orElse(Outcome.TAKEN_BY_ANOTHER);
        } catch (RuntimeException e) {
            // The provider is down or slow: the entry stays as it is and the next run tries again.
            LOG.log(System.Logger.Level.WARNING, "Could not reconcile an invoice: " + e.getClass().getSimpleName());
            return Outcome.ERROR;
        }
    }
}
