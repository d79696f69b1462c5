package co.factusapi.application.service;

import co.factusapi.application.port.in.IssueInvoiceUseCase;
import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private final AuditTrail audit;

    public IssueInvoiceService(EInvoicingGateway gateway, InvoiceRepository invoices, Clock clock, UUID accountId,
                               Duration stalePendingAfter, AuditTrail audit) {
        this.gateway = gateway;
        this.invoices = invoices;
        this.clock = clock;
        this.accountId = accountId;
        this.stalePendingAfter = stalePendingAfter;
        this.audit = audit;
    }

    @Override
    public Invoice issue(InvoiceRequest request, String caller) {
        Invoice attempt = begin(request, caller);
        return attempt.status() == DocumentStatus.ISSUED ? attempt : send(attempt, caller);
    }

    /** How long a PENDING entry may stay before it counts as an attempt whose outcome is unknown. */
    Duration stalePendingAfter() {
        return stalePendingAfter;
    }

    /**
     * Settles an UNKNOWN (or stale PENDING) entry for the reconciler: adopts the provider's validated document,
     * records and releases a DIAN-rejected one, otherwise resends the stored payload under the same reference
     * (Factus treats that as a retry). Empty when another request or instance took the entry up first.
     */
    Optional<Invoice> reconcile(Invoice entry, String actor) {
        Optional<ProviderDocument> held = gateway.findByReference(entry.referenceCode());
        if (held.isPresent() && held.get().validated()) {
            return adopt(entry, held.get(), actor);
        }
        if (held.isPresent() && held.get().dianRejected()) {
            Invoice rejected = entry.failed(DocumentStatus.REJECTED, held.get().notices(), clock.instant());
            if (!invoices.takeOver(rejected, entry)) {
                return Optional.empty();
            }
            releaseRejected(rejected);
            audit.invoice(actor, "invoice.reconcile", rejected, detail(rejected.errors()));
            return Optional.of(rejected);
        }
        Invoice retried = entry.retried(entry.request(), clock.instant());
        if (!invoices.takeOver(retried, entry)) {
            return Optional.empty();
        }
        audit.invoice(actor, "invoice.reconcile.resend", retried, held.isPresent()
                ? "held by the provider without DIAN validation: resent" : "absent at the provider: resent");
        try {
            return Optional.of(send(retried, actor));
        } catch (RuntimeException e) {
            return invoices.findByReference(accountId, entry.referenceCode());
        }
    }

    /** Retries the delete of a DIAN-rejected document that still blocks the account; true when it is gone. */
    boolean retryUpstreamDelete(Invoice rejected, String actor) {
        try {
            gateway.deleteUnvalidated(rejected.referenceCode());
        } catch (NotFoundException gone) {
            LOG.log(System.Logger.Level.DEBUG, "The rejected document was already gone");
        } catch (RuntimeException e) {
            return false;
        }
        invoices.markUpstreamDelete(rejected.id(), false);
        audit.invoice(actor, "invoice.upstream-delete", rejected, "DIAN-rejected document deleted at the provider");
        return true;
    }

    private Invoice begin(InvoiceRequest request, String caller) {
        Optional<Invoice> existing = invoices.findByReference(accountId, request.referenceCode());
        if (existing.isEmpty()) {
            Invoice pending = Invoice.pending(accountId, request, caller, clock.instant());
            invoices.insert(pending);
            return pending;
        }
        Invoice previous = existing.get();
        DocumentStatus state = effectiveStatus(previous);
        if (state == DocumentStatus.ISSUED) {
            throw new ConflictException("invoice-already-issued", "Reference code " + previous.referenceCode()
                    + " was already issued as invoice " + previous.number() + ".");
        }
        if (!state.allowsResend()) {
            throw inProgress(previous);
        }
        if (state == DocumentStatus.UNKNOWN) {
            Optional<ProviderDocument> held = gateway.findByReference(previous.referenceCode());
            if (held.isPresent() && held.get().validated()) {
                return adopt(previous, held.get(), caller).orElseThrow(() -> inProgress(previous));
            }
            if (held.isPresent() && held.get().dianRejected()) {
                gateway.deleteUnvalidated(previous.referenceCode());
            }
        }
        Invoice retried = previous.retried(request, clock.instant());
        if (!invoices.takeOver(retried, previous)) {
            throw inProgress(previous);
        }
        return retried;
    }

    private static ConflictException inProgress(Invoice previous) {
        return new ConflictException("invoice-in-progress", "An attempt with reference code "
                + previous.referenceCode() + " is in progress. Retry in a few seconds.");
    }

    /** A PENDING entry that outlived any provider call belongs to a crashed attempt: its outcome is unknown. */
    private DocumentStatus effectiveStatus(Invoice invoice) {
        boolean stale = invoice.status() == DocumentStatus.PENDING
                && invoice.updatedAt().isBefore(clock.instant().minus(stalePendingAfter));
        return stale ? DocumentStatus.UNKNOWN : invoice.status();
    }

    private Optional<Invoice> adopt(Invoice previous, ProviderDocument held, String actor) {
        Invoice adopted = previous.settled(held, clock.instant());
        if (!invoices.takeOver(adopted, previous)) {
            return Optional.empty();
        }
        audit.invoice(actor, "invoice.reconcile.adopt", adopted, "validated at the provider: adopted");
        return Optional.of(adopted);
    }

    private Invoice send(Invoice attempt, String actor) {
        try {
            Invoice settled = attempt.settled(gateway.issue(attempt.request()), clock.instant());
            invoices.update(settled);
            audit.invoice(actor, "invoice.issue", settled, null);
            return settled;
        } catch (InvalidRequestException e) {
            record(attempt.failed(DocumentStatus.REJECTED, e.violations(), clock.instant()), actor);
            throw e;
        } catch (UpstreamException e) {
            Invoice failed = record(attempt.failed(statusAfter(e), reasons(e), clock.instant()), actor);
            if (e.kind() == UpstreamException.Kind.DIAN_REJECTED) {
                releaseRejected(failed);
            }
            throw e;
        } catch (RuntimeException e) {
            record(attempt.failed(DocumentStatus.UNKNOWN, List.of(new FieldViolation("upstream",
                    "The outcome could not be learned; it is reconciled before any resend.")), clock.instant()), actor);
            throw e;
        }
    }

    private Invoice record(Invoice failed, String actor) {
        invoices.update(failed);
        audit.invoice(actor, "invoice.issue", failed, detail(failed.errors()));
        return failed;
    }

    static DocumentStatus statusAfter(UpstreamException e) {
        return switch (e.kind()) {
            case REJECTED, DIAN_REJECTED -> DocumentStatus.REJECTED;
            case CONFLICT, BAD_CREDENTIALS -> DocumentStatus.FAILED;
            // The provider may have created the invoice before failing or timing out.
            case UNAVAILABLE, TIMEOUT, BAD_RESPONSE -> DocumentStatus.UNKNOWN;
        };
    }

    static List<FieldViolation> reasons(UpstreamException e) {
        return e.violations().isEmpty() ? List.of(new FieldViolation("upstream", e.getMessage())) : e.violations();
    }

    /** Field paths, plus the text of DIAN rules (never customer data, which other messages may echo). */
    private static String detail(List<FieldViolation> errors) {
        return errors.stream()
                .map(e -> e.message() != null && e.message().startsWith("Regla:") ? e.message() : e.field())
                .collect(Collectors.joining("; "));
    }

    /**
     * Factus keeps a DIAN-rejected invoice stored (status 0) and refuses every new invoice of the account with 409
     * until it is deleted (contract §3.1.4), so it is deleted at once; when that fails the entry is flagged and the
     * reconciler retries the delete.
     */
    private void releaseRejected(Invoice rejected) {
        try {
            gateway.deleteUnvalidated(rejected.referenceCode());
        } catch (RuntimeException e) {
            invoices.markUpstreamDelete(rejected.id(), true);
            LOG.log(System.Logger.Level.WARNING, "Could not delete DIAN-rejected invoice; the reconciler retries");
        }
    }
}
