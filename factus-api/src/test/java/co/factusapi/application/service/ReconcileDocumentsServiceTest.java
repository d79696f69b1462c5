package co.factusapi.application.service;

import static co.factusapi.testsupport.Ledgers.INVOICE_TOTALS;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.testsupport.InMemoryTenantRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.in.ReconcileDocumentsUseCase.Outcome;
import co.factusapi.application.port.in.ReconcileDocumentsUseCase.Report;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryDocumentLedger;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.Ledgers;
import co.factusapi.testsupport.MutableClock;
import co.factusapi.testsupport.ScriptedProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcileDocumentsServiceTest {
    private ActingTenant.Binding acting;

    @BeforeEach
    void actForTheAccount() {
        acting = ActingTenant.bind(ACCOUNT);
    }

    @AfterEach
    void release() {
        acting.close();
    }

    private static final UUID ACCOUNT = UUID.randomUUID();
    private final InMemoryDocumentLedger ledger = new InMemoryDocumentLedger();
    private final ScriptedProvider<InvoiceRequest> invoices = new ScriptedProvider<>();
    private final ScriptedProvider<CreditNoteRequest> creditNotes = new ScriptedProvider<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final DocumentPipeline pipeline = new DocumentPipeline(List.of(new InvoiceDocumentType(invoices),
            new CreditNoteDocumentType(creditNotes)), ledger, clock, Duration.ofMinutes(2),
            new AuditTrail(audit, clock));
    private final ReconcileDocumentsService reconciler = new ReconcileDocumentsService(pipeline, ledger, clock,
            new InMemoryTenantRepository().with(ACCOUNT), 50);

    @Test
    void anUnknownInvoiceTheProviderValidatedIsAdoptedWithoutResending() {
        timedOut("REF-1");
        invoices.held = Optional.of(Ledgers.validated("SETP990000007", INVOICE_TOTALS));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(report.unsettled()).isZero();
        assertThat(invoice().number()).isEqualTo("SETP990000007");
        assertThat(invoices.issueCalls()).isEqualTo(1);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("invoice.reconcile.adopt"))
                .extracting(AuditEvent::actor).containsExactly(AuditTrail.RECONCILER);
    }

    @Test
    void anUnknownInvoiceTheProviderDoesNotHoldIsResentWithItsStoredPayload() {
        timedOut("REF-1");
        invoices.onIssue(() -> Ledgers.validated("SETP990000008", INVOICE_TOTALS));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(invoices.sent).hasSize(2).allSatisfy(sent -> assertThat(sent).isEqualTo(invoices.sent.getFirst()));
        assertThat(invoice().status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(audit.all()).extracting(AuditEvent::action).contains("invoice.reconcile.resend");
    }

    @Test
    void aHeldDocumentDianIsStillValidatingIsResentNeverDeleted() {
        timedOut("REF-1");
        invoices.held = Optional.of(Ledgers.awaitingDian("SETP990000009"));
        invoices.onIssue(() -> Ledgers.validated("SETP990000009", INVOICE_TOTALS));

        reconciler.reconcile();

        assertThat(invoice().status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(invoices.deleted).isEmpty();
    }

    @Test
    void aHeldDianRejectedDocumentIsRecordedRejectedAndDeleted() {
        timedOut("REF-1");
        invoices.held = Optional.of(Ledgers.dianRejected("SETP990000010"));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.REJECTED)).isEqualTo(1);
        assertThat(invoice().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(invoice().errors()).extracting(FieldViolation::message).containsExactly("Regla: FAK24, Rechazo: DV");
        assertThat(invoices.deleted).containsExactly("REF-1");
        assertThat(invoices.issueCalls()).isEqualTo(1);
    }

    @Test
    void anUnknownCreditNoteIsSettledTooAndKeepsItsReservationUntilThen() {
        LedgerEntry<InvoiceRequest> pending = Ledgers.pendingInvoice(ACCOUNT, "INV-1", clock.instant());
        ledger.insert(pending);
        ledger.update(pending.settled(Ledgers.validated("SETP1", INVOICE_TOTALS), clock.instant()));
        creditNotes.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> pipeline.issue(Ledgers.oneUnitCredit("SETP1", "NC-1"), "user:alice"));
        creditNotes.held = Optional.of(Ledgers.validated("NC1", INVOICE_TOTALS));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(ledger.only(DocumentKind.CREDIT_NOTE).number()).isEqualTo("NC1");
        assertThat(audit.all()).extracting(AuditEvent::action).contains("credit-note.reconcile.adopt");
    }

    @Test
    void aFreshPendingEntryIsLeftAloneAndAStaleOneIsSettled() {
        ledger.insert(Ledgers.pendingInvoice(ACCOUNT, "REF-1", clock.instant()));
        assertThat(reconciler.reconcile().settled()).isEmpty();
        assertThat(reconciler.unsettled()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(3));
        invoices.held = Optional.of(Ledgers.validated("SETP990000011", INVOICE_TOTALS));

        assertThat(reconciler.reconcile().count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(reconciler.unsettled()).isZero();
    }

    @Test
    void aFailedDeleteOfADianRejectedDocumentIsRetriedUntilItSucceeds() {
        invoices.deleteFailures = 1;
        invoices.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the invoice.",
                    List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV")));
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).hasSize(1);
        invoices.deleteFailures = 1;

        assertThat(reconciler.reconcile().count(Outcome.UPSTREAM_DELETE_FAILED)).isEqualTo(1);
        assertThat(reconciler.reconcile().count(Outcome.UPSTREAM_DELETED)).isEqualTo(1);

        assertThat(invoices.deleted).containsExactly("REF-1");
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).isEmpty();
        assertThat(invoice().status()).isEqualTo(DocumentStatus.REJECTED);
    }

    @Test
    void anOperatorReconcilesOneUnknownDocumentNow() {
        timedOut("REF-1");
        invoices.held = Optional.of(Ledgers.validated("SETP990000012", INVOICE_TOTALS));

        LedgerEntry<?> settled = reconciler.reconcile(DocumentKind.INVOICE, "REF-1", "user:alice");

        assertThat(settled.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(settled.number()).isEqualTo("SETP990000012");
        assertThat(audit.all()).filteredOn(e -> e.action().equals("invoice.reconcile.adopt"))
                .extracting(AuditEvent::actor).containsExactly("user:alice");
    }

    @Test
    void aLiveAttemptOrASettledDocumentIsNotReconciledOnRequest() {
        ledger.insert(Ledgers.pendingInvoice(ACCOUNT, "REF-1", clock.instant()));
        assertThatThrownBy(() -> reconciler.reconcile(DocumentKind.INVOICE, "REF-1", "user:alice"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PENDING");
        assertThatThrownBy(() -> reconciler.reconcile(DocumentKind.INVOICE, "NO-SUCH", "user:alice"))
                .isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofMinutes(3));
        invoices.held = Optional.of(Ledgers.validated("SETP990000013", INVOICE_TOTALS));
        assertThat(reconciler.reconcile(DocumentKind.INVOICE, "REF-1", "user:alice").status())
                .isEqualTo(DocumentStatus.ISSUED);
        assertThatThrownBy(() -> reconciler.reconcile(DocumentKind.INVOICE, "REF-1", "user:alice"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ISSUED");
        assertThat(invoices.issueCalls()).isZero();
    }

    @Test
    void theProviderBeingDownLeavesTheEntryForTheNextRun() {
        timedOut("REF-1");
        invoices.onIssue(() -> {
            throw UpstreamException.unavailable("down", null, null);
        });

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.UNKNOWN)).isEqualTo(1);
        assertThat(invoice().status()).isEqualTo(DocumentStatus.UNKNOWN);
    }

    private LedgerEntry<?> invoice() {
        return ledger.only(DocumentKind.INVOICE);
    }

    private void timedOut(String reference) {
        invoices.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request(reference), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(invoice().status()).isEqualTo(DocumentStatus.UNKNOWN);
    }
}
