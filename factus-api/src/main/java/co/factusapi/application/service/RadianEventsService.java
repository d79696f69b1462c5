package co.factusapi.application.service;

import co.factusapi.application.port.in.PollRadianEventsUseCase;
import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.application.port.out.RadianWatchlist;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.webhook.RadianPolling;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The RADIAN event poller (docs/webhooks.md "RADIAN events"). Per tenant, acting for it (each call goes to the
 * tenant's own Factus account and waits its turn in the tenant's allowance), it looks at up to {@code perRun} watched
 * invoices that are due, outside any transaction, then records what it saw in a short transaction of its own. A look
 * that fails (Factus down, the allowance spent) is simply due again at the next run.
 */
public final class RadianEventsService implements PollRadianEventsUseCase {
    private static final System.Logger LOG = System.getLogger(RadianEventsService.class.getName());

    private final TenantRepository tenants;
    private final RadianWatchlist watchlist;
    private final InvoiceEventsGateway provider;
    private final RadianPolling polling;
    private final int perRun;
    private final Clock clock;

    public RadianEventsService(TenantRepository tenants, RadianWatchlist watchlist, InvoiceEventsGateway provider,
                               RadianPolling polling, int perRun, Clock clock) {
        this.tenants = tenants;
        this.watchlist = watchlist;
        this.provider = provider;
        this.polling = polling;
        this.perRun = perRun;
        this.clock = clock;
    }

    @Override
    public int poll() {
        int written = 0;
        for (Tenant tenant : tenants.findAll()) {
            written += ActingTenant.call(tenant.id(), () -> poll(tenant.id()));
        }
        return written;
    }

    private int poll(UUID tenantId) {
        int written = 0;
        for (RadianWatchlist.Watched invoice : watchlist.due(tenantId, clock.instant(), perRun)) {
            List<InvoiceEvent> events;
            try {
                events = provider.events(invoice.number());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "RADIAN events: could not read an invoice's events ("
                        + e.getClass().getSimpleName() + "); the next run looks again");
                return written;
            }
            Instant now = clock.instant();
            written += watchlist.looked(invoice, events, polling.next(invoice.looks() + 1, invoice.issuedAt(), now),
                    now);
        }
        return written;
    }
}
