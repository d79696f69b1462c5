package co.factusapi.application.service;

import static co.factusapi.testsupport.Ledgers.INVOICE_TOTALS;
import co.factusapi.application.tenancy.ActingTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.in.IssueDocumentUseCase.Issued;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
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

/** The pipeline with invoices, against fakes of the ledger and the provider. */
class DocumentPipelineInvoiceTest {
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
    private final ScriptedProvider<InvoiceRequest> provider = new ScriptedProvider<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final DocumentPipeline pipeline = new DocumentPipeline(List.of(new InvoiceDocumentType(provider)), ledger,
            clock, Duration.ofMinutes(2), new AuditTrail(audit, clock));

    @Test
    void recordsPendingBeforeTheCallAndIssuedAfterIt() {
        provider.onIssue(() -> {
            assertThat(stored().status()).isEqualTo(DocumentStatus.PENDING);
            return validated("SETP990000001");
        });
        LedgerEntry<InvoiceRequest> invoice = pipeline.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(invoice.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(stored()).satisfies(entry -> {
            assertThat(entry.number()).isEqualTo("SETP990000001");
            assertThat(entry.uniqueCode()).hasSize(96);
            assertThat(entry.createdBy()).isEqualTo("user:alice");
            assertThat(entry.totals().total()).isEqualByComparingTo("23800.00");
            assertThat(entry.party().identification()).isEqualTo("1137624282");
        });
        assertThat(audit.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("invoice.issue");
            assertThat(event.resourceId()).isEqualTo("SETP990000001");
        });
    }

    @Test
    void anIssuedReferenceIsNeverIssuedTwice() {
        provider.onIssue(() -> validated("SETP990000001"));
        pipeline.issue(Invoices.request("REF-1"), "user:alice");
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("SETP990000001")
                .hasFieldOrPropertyWithValue("code", "invoice-already-issued");
        assertThat(provider.issueCalls()).isEqualTo(1);
    }

    @Test
    void theSameCallerRepeatingTheSameKeyGetsTheIssuedInvoiceBackWhileOthersGetAConflictNamingIt() {
        provider.onIssue(() -> validated("SETP990000001"));
        pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1");

        Issued<InvoiceRequest> repeat = pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1");
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.entry().number()).isEqualTo("SETP990000001");

        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existing())
                        .isEqualTo(new ConflictException.Existing(DocumentKind.INVOICE, "SETP990000001")));
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-2"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:bob", "key-1"))
                .isInstanceOf(ConflictException.class);
        assertThat(provider.issueCalls()).isEqualTo(1);
    }

    @Test
    void anInvoiceTheReconcilerAdoptedIsReplayedToTheRepeatOfTheLostRequest() {
        provider.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1"));
        provider.held = Optional.of(validated("SETP990000002"));
        pipeline.reconcile(stored(), AuditTrail.RECONCILER);

        Issued<InvoiceRequest> repeat = pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1");
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.entry().number()).isEqualTo("SETP990000002");
    }

    @Test
    void aPendingAttemptOfAnInstanceThatDiedIsTakenUpAtOnce() {
        provider.onIssue(() -> {
            throw new IllegalStateException("process died mid-call");
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1"));
        ledger.update(stored().failed(DocumentStatus.PENDING, List.of(), clock.instant()));
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("in progress");

        ledger.crash(stored().id());
        provider.held = Optional.of(validated("SETP990000003"));
        assertThat(pipeline.issue(Invoices.request("REF-1"), "user:alice", "key-1").entry().number())
                .isEqualTo("SETP990000003");
    }

    @Test
    void aTimeoutLeavesTheOutcomeUnknownAndTheRetryAdoptsWhatTheProviderHas() {
        provider.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(stored().status()).isEqualTo(DocumentStatus.UNKNOWN);

        provider.held = Optional.of(validated("SETP990000007"));
        LedgerEntry<InvoiceRequest> retried = pipeline.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(retried.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(retried.number()).isEqualTo("SETP990000007");
        assertThat(provider.issueCalls()).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeTheProviderNeverSawIsSentAgain() {
        provider.onIssue(() -> {
            throw UpstreamException.unavailable("down", null, null);
        }).onIssue(() -> validated("SETP990000002"));
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(pipeline.issue(Invoices.request("REF-1"), "user:alice").status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(provider.issueCalls()).isEqualTo(2);
        assertThat(provider.lookups).isEqualTo(1);
    }

    @Test
    void aDianRejectionIsRecordedAndTheStoredBillDeletedAtOnce() {
        List<FieldViolation> rule = List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV"));
        provider.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the invoice.", rule);
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(stored().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(stored().errors()).isEqualTo(rule);
        assertThat(provider.deleted).containsExactly("REF-1");
        assertThat(audit.all()).extracting(e -> e.detail()).containsExactly("FAK24");
    }

    @Test
    void aFailedDeleteOfADianRejectedBillIsLeftForTheReconciler() {
        provider.deleteFailures = 1;
        provider.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the invoice.", List.of());
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"));
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).extracting(LedgerEntry::referenceCode)
                .containsExactly("REF-1");
        assertThat(pipeline.retryUpstreamDelete(stored(), "system:reconciler")).isTrue();
        assertThat(ledger.findNeedingUpstreamDelete(ACCOUNT, 10)).isEmpty();
    }

    @Test
    void aRejectedInvoiceCanBeCorrectedAndResentUnderTheSameReference() {
        provider.onIssue(() -> {
            throw UpstreamException.rejected("bad", List.of(new FieldViolation("items[0].price", "inválido")));
        }).onIssue(() -> validated("SETP990000003"));
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(UpstreamException.class);
        assertThat(stored().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(pipeline.issue(Invoices.request("REF-1"), "user:alice").status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(provider.lookups).isZero();
    }

    @Test
    void aSecondAttemptWhileOneIsInFlightIsAConflict() {
        provider.onIssue(() -> {
            assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:bob"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("in progress");
            return validated("SETP990000004");
        });
        assertThat(pipeline.issue(Invoices.request("REF-1"), "user:alice").status()).isEqualTo(DocumentStatus.ISSUED);
    }

    @Test
    void aPendingEntryLeftByACrashIsReconciledOnceStale() {
        provider.onIssue(() -> {
            throw new IllegalStateException("process died mid-call");
        });
        assertThatThrownBy(() -> pipeline.issue(Invoices.request("REF-1"), "user:alice"));
        ledger.update(stored().failed(DocumentStatus.PENDING, List.of(), clock.instant()));
        clock.advance(Duration.ofMinutes(3));
        provider.held = Optional.of(validated("SETP990000005"));
        assertThat(pipeline.issue(Invoices.request("REF-1"), "user:alice").number()).isEqualTo("SETP990000005");
    }

    @Test
    void dianStillValidatingLeavesItUnknown() {
        provider.onIssue(() -> Ledgers.awaitingDian("SETP990000006"));
        LedgerEntry<InvoiceRequest> invoice = pipeline.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(invoice.status()).isEqualTo(DocumentStatus.UNKNOWN);
        assertThat(invoice.issuedAt()).isNull();
    }

    private LedgerEntry<?> stored() {
        return ledger.only(DocumentKind.INVOICE);
    }

    private static co.factusapi.domain.document.ProviderDocument validated(String number) {
        return Ledgers.validated(number, INVOICE_TOTALS);
    }
}
