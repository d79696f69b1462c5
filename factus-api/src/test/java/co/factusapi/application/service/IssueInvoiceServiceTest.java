package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryInvoiceRepository;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IssueInvoiceServiceTest {
    private static final UUID ACCOUNT = UUID.randomUUID();
    private final InMemoryInvoiceRepository ledger = new InMemoryInvoiceRepository();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final IssueInvoiceService service = new IssueInvoiceService(gateway, ledger, clock, ACCOUNT,
            Duration.ofMinutes(2), new AuditTrail(audit, clock));

    @Test
    void recordsPendingBeforeTheCallAndIssuedAfterIt() {
        gateway.onIssue(() -> {
            assertThat(ledger.only().status()).isEqualTo(DocumentStatus.PENDING);
            return validated("SETP990000001");
        });
        Invoice invoice = service.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(invoice.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(ledger.only()).satisfies(stored -> {
            assertThat(stored.number()).isEqualTo("SETP990000001");
            assertThat(stored.cufe()).hasSize(96);
            assertThat(stored.createdBy()).isEqualTo("user:alice");
            assertThat(stored.totals().total()).isEqualByComparingTo("23800.00");
        });
    }

    @Test
    void anIssuedReferenceIsNeverIssuedTwice() {
        gateway.onIssue(() -> validated("SETP990000001"));
        service.issue(Invoices.request("REF-1"), "user:alice");
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("SETP990000001");
        assertThat(gateway.issueCalls).isEqualTo(1);
    }

    @Test
    void aTimeoutLeavesTheOutcomeUnknownAndTheRetryAdoptsWhatTheProviderHas() {
        gateway.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice")).isInstanceOf(UpstreamException.class);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.UNKNOWN);

        gateway.held = Optional.of(validated("SETP990000007"));
        Invoice retried = service.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(retried.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(retried.number()).isEqualTo("SETP990000007");
        assertThat(gateway.issueCalls).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeTheProviderNeverSawIsSentAgain() {
        gateway.onIssue(() -> {
            throw UpstreamException.unavailable("down", null, null);
        });
        gateway.onIssue(() -> validated("SETP990000002"));
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice")).isInstanceOf(UpstreamException.class);
        Invoice retried = service.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(retried.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(gateway.issueCalls).isEqualTo(2);
        assertThat(gateway.lookups).isEqualTo(1);
    }

    @Test
    void aDianRejectionIsRecordedAndTheStoredBillDeletedAtOnce() {
        List<FieldViolation> rule = List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV"));
        gateway.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the invoice.", rule);
        });
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice")).isInstanceOf(UpstreamException.class);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(ledger.only().errors()).isEqualTo(rule);
        assertThat(gateway.deleted).containsExactly("REF-1");
    }

    @Test
    void aRejectedInvoiceCanBeCorrectedAndResentUnderTheSameReference() {
        gateway.onIssue(() -> {
            throw UpstreamException.rejected("bad", List.of(new FieldViolation("items[0].price", "inválido")));
        });
        gateway.onIssue(() -> validated("SETP990000003"));
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice")).isInstanceOf(UpstreamException.class);
        assertThat(ledger.only().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(service.issue(Invoices.request("REF-1"), "user:alice").status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(gateway.lookups).isZero();
    }

    @Test
    void aSecondAttemptWhileOneIsInFlightIsAConflictUntilThePendingEntryGoesStale() {
        gateway.onIssue(() -> {
            assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:bob"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("in progress");
            return validated("SETP990000004");
        });
        assertThat(service.issue(Invoices.request("REF-1"), "user:alice").status()).isEqualTo(DocumentStatus.ISSUED);
    }

    @Test
    void aPendingEntryLeftByACrashIsReconciledOnceStale() {
        gateway.onIssue(() -> {
            throw new IllegalStateException("process died mid-call");
        });
        assertThatThrownBy(() -> service.issue(Invoices.request("REF-1"), "user:alice"));
        ledger.update(ledger.only().failed(DocumentStatus.PENDING, List.of(), clock.instant()));
        clock.advance(Duration.ofMinutes(3));
        gateway.held = Optional.of(validated("SETP990000005"));
        assertThat(service.issue(Invoices.request("REF-1"), "user:alice").number()).isEqualTo("SETP990000005");
    }

    @Test
    void dianStillValidatingLeavesItUnknown() {
        gateway.onIssue(() -> new ProviderDocument("SETP990000006", "SETP", "c".repeat(96), "https://qr", false,
                totals(), List.of(new FieldViolation("dian", "Regla: FAD06, Notificación: en proceso"))));
        Invoice invoice = service.issue(Invoices.request("REF-1"), "user:alice");
        assertThat(invoice.status()).isEqualTo(DocumentStatus.UNKNOWN);
        assertThat(invoice.issuedAt()).isNull();
    }

    static ProviderDocument validated(String number) {
        return new ProviderDocument(number, "SETP", "a".repeat(96), "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=x",
                true, totals(), List.of());
    }

    static DocumentTotals totals() {
        return new DocumentTotals(new BigDecimal("20000.00"), new BigDecimal("3800.00"), new BigDecimal("23800.00"));
    }

    /** A gateway that plays a script of outcomes and records what the service asked. */
    static final class ScriptedGateway implements EInvoicingGateway {
        private final Deque<Supplier<ProviderDocument>> script = new ArrayDeque<>();
        final List<String> deleted = new ArrayList<>();
        Optional<ProviderDocument> held = Optional.empty();
        int issueCalls;
        int deleteFailures;
        int lookups;

        void onIssue(Supplier<ProviderDocument> outcome) {
            script.add(outcome);
        }

        @Override
        public ProviderDocument issue(InvoiceRequest request) {
            issueCalls++;
            return script.removeFirst().get();
        }

        @Override
        public Optional<ProviderDocument> findByReference(String referenceCode) {
            lookups++;
            return held;
        }

        @Override
        public DocumentFile download(String number, DocumentFile.Format format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InvoiceEvent> events(String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendEmail(String number, String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteUnvalidated(String referenceCode) {
            if (deleteFailures > 0) {
                deleteFailures--;
                throw UpstreamException.unavailable("down", null, null);
            }
            deleted.add(referenceCode);
        }
    }
}
