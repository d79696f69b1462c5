package co.factusapi.application.service;

import co.factusapi.application.port.in.IssueInvoiceUseCase;
import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.invoice.InvoiceStatus;
import co.factusapi.domain.invoice.IssuedInvoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues an invoice so that it is never issued twice and never lost: the attempt is recorded PENDING before the
 * provider is called (outside any transaction), then settled. An entry whose outcome is UNKNOWN is first looked up
 * at the provider by reference code and adopted if it exists; only otherwise is it sent again.
 */
public final class IssueInvoiceService implements IssueInvoiceUseCase {
    private static final System.Logger LOG = System.getLogger(IssueInvoiceService.class.getName());

    private final EInvoicingGateway gateway;
    private final InvoiceRepository invoices;
    private final Clock clock;
    private final UUID accountId;
    private final Duration stalePendingAfter;

    public IssueInvoiceService(EInvoicingGateway gateway, InvoiceRepository invoices, Clock clock, UUID accountId,
                               Duration stalePendingAfter) {
        this.gateway = gateway;
        this.invoices = invoices;
        this.clock = clock;
        this.accountId = accountId;
        this.stalePendingAfter = stalePendingAfter;
    }

    @Override
    public Invoice issue(InvoiceRequest request, String caller) {
        Invoice attempt = begin(request, caller);
        return attempt.status() == InvoiceStatus.ISSUED ? attempt : send(attempt);
    }

    private Invoice begin(InvoiceRequest request, String caller) {
        Optional<Invoice> existing = invoices.findByReference(accountId, request.referenceCode());
        if (existing.isEmpty()) {
            Invoice pending = Invoice.pending(accountId, request, caller, clock.instant());
            invoices.insert(pending);
            return pending;
        }
        Invoice previous = existing.get();
        InvoiceStatus state = effectiveStatus(previous);
        if (state == InvoiceStatus.ISSUED) {
            throw new ConflictException("invoice-already-issued", "Reference code " + previous.referenceCode()
                    + " was already issued as invoice " + previous.number() + ".");
        }
        if (!state.allowsResend()) {
            throw new ConflictException("invoice-in-progress", "An attempt with reference code "
                    + previous.referenceCode() + " is in progress. Retry in a few seconds.");
        }
        if (state == InvoiceStatus.UNKNOWN) {
            Optional<Invoice> adopted = adoptIfIssued(previous);
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        Invoice retried = previous.retried(request, clock.instant());
        if (!invoices.transition(retried, previous.status())) {
            throw new ConflictException("invoice-in-progress", "Another attempt with reference code "
                    + previous.referenceCode() + " started at the same time. Retry in a few seconds.");
        }
        return retried;
    }

    /** A PENDING entry that outlived any provider call belongs to a crashed attempt: its outcome is unknown. */
    private InvoiceStatus effectiveStatus(Invoice invoice) {
        boolean stale = invoice.status() == InvoiceStatus.PENDING
                && invoice.updatedAt().isBefore(clock.instant().minus(stalePendingAfter));
        return stale ? InvoiceStatus.UNKNOWN : invoice.status();
    }

    private Optional<Invoice> adoptIfIssued(Invoice previous) {
        Optional<IssuedInvoice> held = gateway.findByReference(previous.referenceCode());
        if (held.isEmpty() || !held.get().validated()) {
            return Optional.empty();
        }
        Invoice adopted = previous.settled(held.get(), clock.instant());
        if (!invoices.transition(adopted, previous.status())) {
            throw new ConflictException("invoice-in-progress", "Reference code " + previous.referenceCode()
                    + " is being settled by another request. Retry in a few seconds.");
        }
        return Optional.of(adopted);
    }

    private Invoice send(Invoice attempt) {
        try {
            Invoice settled = attempt.settled(gateway.issue(attempt.request()), clock.instant());
            invoices.update(settled);
            return settled;
        } catch (InvalidRequestException e) {
            invoices.update(attempt.failed(InvoiceStatus.REJECTED, e.violations(), clock.instant()));
            throw e;
        } catch (UpstreamException e) {
            invoices.update(attempt.failed(statusAfter(e), reasons(e), clock.instant()));
            if (e.kind() == UpstreamException.Kind.DIAN_REJECTED) {
                releaseRejected(attempt.referenceCode());
            }
            throw e;
        } catch (RuntimeException e) {
            invoices.update(attempt.failed(InvoiceStatus.UNKNOWN, List.of(new FieldViolation("upstream",
                    "The outcome could not be learned; it is reconciled before any resend.")), clock.instant()));
            throw e;
        }
    }

    static InvoiceStatus statusAfter(UpstreamException e) {
        return switch (e.kind()) {
            case REJECTED, DIAN_REJECTED -> InvoiceStatus.REJECTED;
            case CONFLICT, BAD_CREDENTIALS -> InvoiceStatus.FAILED;
            // The provider may have created the invoice before failing or timing out.
            case UNAVAILABLE, TIMEOUT, BAD_RESPONSE -> InvoiceStatus.UNKNOWN;
        };
    }

    static List<FieldViolation> reasons(UpstreamException e) {
        return e.violations().isEmpty() ? List.of(new FieldViolation("upstream", e.getMessage())) : e.violations();
    }

    /**
     * Factus keeps a DIAN-rejected invoice stored (status 0) and refuses every new invoice of the account with 409
     * until it is deleted (contract §3.1.4), so it is deleted at once; the reconciler retries a failed delete.
     */
    private void releaseRejected(String referenceCode) {
        try {
            gateway.deleteUnvalidated(referenceCode);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete DIAN-rejected invoice; it blocks the account until deleted");
        }
    }
}
