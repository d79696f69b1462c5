package co.factusapi.application.service;

import static co.factusapi.application.service.IssueInvoiceServiceTest.totals;
import static co.factusapi.application.service.IssueInvoiceServiceTest.validated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.in.ReconcileInvoicesUseCase.Outcome;
import co.factusapi.application.port.in.ReconcileInvoicesUseCase.Report;
import co.factusapi.application.service.IssueInvoiceServiceTest.ScriptedGateway;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryInvoiceRepository;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcileInvoicesServiceTest {
    private static final UUID ACCOUNT = UUID.randomUUID();
    private final InMemoryInvoiceRepository ledger = new InMemoryInvoiceRepository();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final IssueInvoiceService issuer = new IssueInvoiceService(gateway, ledger, clock, ACCOUNT,
            Duration.ofMinutes(2), new AuditTrail(audit, clock));
    private final ReconcileInvoicesService reconciler = new ReconcileInvoicesService(issuer, ledger, clock, ACCOUNT, 50);

    @Test
    void anUnknownInvoiceTheProviderValidatedIsAdoptedWithoutResending() {
        timedOut("REF-1");
        gateway.held = Optional.of(validated("SETP990000007"));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(report.unsettled()).isZero();
        assertThat(ledger.only().number()).isEqualTo("SETP990000007");
        assertThat(gateway.issueCalls).isEqualTo(1);
        assertThat(audit.all()).extracting(AuditEvent::action).contains("invoice.reconcile.adopt");
        assertThat(audit.all()).filteredOn(e -> e.action().equals("invoice.reconcile.adopt"))
                .extracting(AuditEvent::actor).containsExactly(AuditTrail.RECONCILER);
    }

    @Test
    void anUnknownInvoiceTheProviderDoesNotHoldIsResentWithItsStoredPayload() {
        timedOut("REF-1");
        gateway.onIssue(() -> validated("SETP990000008"));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(gateway.issueCalls).isEqualTo(2);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(audit.all()).extracting(AuditEvent::action).contains("invoice.reconcile.resend");
    }

    @Test
    void aHeldDocumentDianIsStillValidatingIsResentNeverDeleted() {
        timedOut("REF-1");
        gateway.held = Optional.of(new ProviderDocument("SETP990000009", "SETP", "c".repeat(96), null, false, totals(),
                List.of(new FieldViolation("dian", "Regla: FAD06, Notificación: en proceso"))));
        gateway.onIssue(() -> validated("SETP990000009"));

        reconciler.reconcile();

        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(gateway.deleted).isEmpty();
    }

    @Test
    void aHeldDianRejectedDocumentIsRecordedRejectedAndDeleted() {
        timedOut("REF-1");
        gateway.held = Optional.of(new ProviderDocument("SETP990000010", "SETP", "c".repeat(96), null, false, totals(),
                List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV"))));

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.REJECTED)).isEqualTo(1);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(ledger.only().errors()).extracting(FieldViolation::message).containsExactly("Regla: FAK24, Rechazo: DV");
        assertThat(gateway.deleted).containsExactly("REF-1");
        assertThat(gateway.issueCalls).isEqualTo(1);
    }

    @Test
    void aFreshPendingEntryIsLeftAloneAndAStaleOneIsSettled() {
        ledger.insert(Invoice.pending(ACCOUNT, Invoices.request("REF-1"), "user:alice", clock.instant()));
        assertThat(reconciler.reconcile().settled()).isEmpty();
        assertThat(reconciler.unsettled()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(3));
        gateway.held = Optional.of(validated("SETP990000011"));

        assertThat(reconciler.reconcile().count(Outcome.ISSUED)).isEqualTo(1);
        assertThat(reconciler.unsettled()).isZero();
    }

    @Test
    void aFailedDeleteOfADianRejectedDocumentIsRetriedUntilItSucceeds() {
        gateway.deleteFailures = 1;
        gateway.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the invoice.",
                    List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV")));
        });
        assertThatThrownBy(() -> issuer.issue(Invoices.request("REF-1"), "user:alice")).isInstanceOf(UpstreamException.class);
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).hasSize(1);
        gateway.deleteFailures = 1;

        assertThat(reconciler.reconcile().count(Outcome.UPSTREAM_DELETE_FAILED)).isEqualTo(1);
        assertThat(reconciler.reconcile().count(Outcome.UPSTREAM_DELETED)).isEqualTo(1);

        assertThat(gateway.deleted).containsExactly("REF-1");
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).isEmpty();
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.REJECTED);
    }

    @Test
    void theProviderBeingDownLeavesTheEntryForTheNextRun() {
        timedOut("REF-1");
        gateway.onIssue(() -> {
            throw UpstreamException.unavailable("down", null, null);
        });

        Report report = reconciler.reconcile();

        assertThat(report.count(Outcome.UNKNOWN)).isEqualTo(1);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.UNKNOWN);
    }

    private void timedOut(String reference) {
        gateway.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> issuer.issue(Invoices.request(reference), "user:alice")).isInstanceOf(UpstreamException.class);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.UNKNOWN);
    }
}
