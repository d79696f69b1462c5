package co.factusapi.application.service;

import co.factusapi.application.port.in.IssueCreditNoteUseCase;
import co.factusapi.application.port.out.CreditNoteGateway;
import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteLines;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues a credit note so that an invoice is never credited beyond its total: the note's amount is reserved in a
 * PENDING ledger entry (check and insert atomic per invoice, in one short transaction) before the provider is called
 * outside any transaction; the entry is then settled. Rejected and failed attempts release the amount; an UNKNOWN
 * outcome keeps it and is reconciled with the provider by reference code before anything is sent again.
 */
public final class IssueCreditNoteService implements IssueCreditNoteUseCase {
    private final CreditNoteGateway gateway;
    private final CreditNoteRepository notes;
    private final InvoiceRepository invoices;
    private final Clock clock;
    private final UUID accountId;
    private final Duration stalePendingAfter;
    private final AuditTrail audit;

    public IssueCreditNoteService(CreditNoteGateway gateway, CreditNoteRepository notes, InvoiceRepository invoices,
                                  Clock clock, UUID accountId, Duration stalePendingAfter, AuditTrail audit) {
        this.audit = audit;
        this.gateway = gateway;
        this.notes = notes;
        this.invoices = invoices;
        this.clock = clock;
        this.accountId = accountId;
        this.stalePendingAfter = stalePendingAfter;
    }

    @Override
    public CreditNote issue(CreditNoteRequest request, String caller) {
        Invoice invoice = creditableInvoice(request.invoiceNumber());
        CreditNote attempt = begin(request, invoice, caller);
        return attempt.status() == DocumentStatus.ISSUED ? attempt : send(attempt, invoice);
    }

    private Invoice creditableInvoice(String number) {
        Invoice invoice = invoices.findByNumber(accountId, number).orElseThrow(() ->
                InvalidRequestException.of("invoice_number", "there is no invoice numbered " + number + " in this account"));
        if (invoice.status() != DocumentStatus.ISSUED || invoice.totals() == null) {
            throw InvalidRequestException.of("invoice_number", "invoice " + number + " is " + invoice.status()
                    + "; only invoices validated by DIAN (ISSUED) can be credited");
        }
        return invoice;
    }

    private CreditNote begin(CreditNoteRequest request, Invoice invoice, String caller) {
        Optional<CreditNote> existing = notes.findByReference(accountId, request.referenceCode());
        if (existing.isEmpty()) {
            return reserve(request, invoice, caller, null);
        }
        CreditNote previous = existing.get();
        DocumentStatus state = effectiveStatus(previous);
        if (state == DocumentStatus.ISSUED) {
            throw new ConflictException("credit-note-already-issued", "Reference code " + previous.referenceCode()
                    + " was already issued as credit note " + previous.number() + ".");
        }
        if (!state.allowsResend()) {
            throw inProgress(previous);
        }
        if (!previous.invoiceId().equals(invoice.id())) {
            throw InvalidRequestException.of("reference_code", "is already used by a credit note of invoice "
                    + previous.invoiceNumber());
        }
        if (state == DocumentStatus.UNKNOWN) {
            Optional<CreditNote> adopted = adoptIfIssued(previous);
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        return reserve(request, invoice, caller, previous);
    }

    /** The remaining amount counts every note that holds an amount, so concurrent notes cannot overdraw together. */
    private CreditNote reserve(CreditNoteRequest request, Invoice invoice, String caller, CreditNote previous) {
        BigDecimal reserved = notes.findByInvoice(invoice.id()).stream()
                .filter(note -> note.holdsAmount() && (previous == null || !note.id().equals(previous.id())))
                .map(note -> note.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = invoice.totals().total().subtract(reserved);
        CreditNoteRequest resolved = request.withItems(CreditNoteLines.resolve(request, invoice, remaining));
        CreditNote note = previous == null ? CreditNote.pending(invoice, resolved, caller, clock.instant())
                : previous.retried(resolved, clock.instant());
        boolean withinLimit = note.totals().total().compareTo(remaining) <= 0
                && notes.reserve(note, previous == null ? null : previous.status(), invoice.totals().total());
        if (!withinLimit) {
            throw InvalidRequestException.of(request.items() == null ? "invoice_number" : "items",
                    "the credit note total " + note.totals().total().toPlainString()
                            + " exceeds the remaining creditable amount " + remaining.max(BigDecimal.ZERO).toPlainString()
                            + " of invoice " + invoice.number());
        }
        return note;
    }

    /** A PENDING entry that outlived any provider call belongs to a crashed attempt: its outcome is unknown. */
    private DocumentStatus effectiveStatus(CreditNote note) {
        boolean stale = note.status() == DocumentStatus.PENDING
                && note.updatedAt().isBefore(clock.instant().minus(stalePendingAfter));
        return stale ? DocumentStatus.UNKNOWN : note.status();
    }

    private Optional<CreditNote> adoptIfIssued(CreditNote previous) {
        Optional<ProviderDocument> held = gateway.findByReference(previous.referenceCode());
        if (held.isEmpty() || !held.get().validated()) {
            return Optional.empty();
        }
        CreditNote adopted = previous.settled(held.get(), clock.instant());
        if (!notes.transition(adopted, previous.status())) {
            throw inProgress(previous);
        }
        return Optional.of(adopted);
    }

    private CreditNote send(CreditNote attempt, Invoice invoice) {
        try {
            return recorded(attempt.settled(gateway.issue(attempt.request(), invoice.request().paymentMethod()),
                    clock.instant()));
        } catch (InvalidRequestException e) {
            recorded(attempt.failed(DocumentStatus.REJECTED, e.violations(), clock.instant()));
            throw e;
        } catch (UpstreamException e) {
            recorded(attempt.failed(IssueInvoiceService.statusAfter(e), IssueInvoiceService.reasons(e), clock.instant()));
            throw e;
        } catch (RuntimeException e) {
            recorded(attempt.failed(DocumentStatus.UNKNOWN, List.of(new FieldViolation("upstream",
                    "The outcome could not be learned; it is reconciled before any resend.")), clock.instant()));
            throw e;
        }
    }

    /** Saves the outcome and leaves it in the audit trail under the credited invoice. */
    private CreditNote recorded(CreditNote note) {
        notes.update(note);
        audit.record(note.createdBy(), "credit-note.issue", "invoice", note.invoiceNumber(), note.referenceCode(),
                note.status().name(), "credit note " + (note.number() == null ? "-" : note.number()) + ", concept "
                        + note.correctionConcept().code());
        return note;
    }

    private static ConflictException inProgress(CreditNote note) {
        return new ConflictException("credit-note-in-progress", "A credit note with reference code "
                + note.referenceCode() + " is being issued right now. Retry in a few seconds.");
    }
}
