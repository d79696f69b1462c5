package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import co.factusapi.testsupport.Invoices;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger implementation must do; run against the in-memory fake, H2 and PostgreSQL. */
abstract class InvoiceRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    protected UUID account;
    private InvoiceRepository ledger;

    protected abstract InvoiceRepository create();

    protected abstract UUID newAccount();

    @BeforeEach
    void setUp() {
        ledger = create();
        account = newAccount();
    }

    @Test
    void storesAndReadsBackEveryField() {
        Invoice pending = Invoice.pending(account, Invoices.request("REF-1", Invoices.company("901724254", "1")), "user:alice", T0);
        ledger.insert(pending);
        Invoice issued = pending.settled(new ProviderDocument("SETP990000001", "SETP", "f".repeat(96), "https://qr",
                true, new DocumentTotals(new BigDecimal("20000.00"), new BigDecimal("3800.00"), new BigDecimal("23800.00")),
                List.of(new FieldViolation("dian", "Regla: FAJ43b, Notificación: nombre"))), T0.plusSeconds(3));
        ledger.update(issued);

        Invoice read = ledger.findByReference(account, "REF-1").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFieldsOfTypes(Instant.class).isEqualTo(issued);
        assertThat(read.issuedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.totals().total()).isEqualByComparingTo("23800.00").hasScaleOf(2);
        assertThat(ledger.findByNumber(account, "SETP990000001")).contains(read);
    }

    @Test
    void settlingKeepsTheRecordedRequestWhileANewAttemptReplacesIt() {
        Invoice pending = Invoice.pending(account, Invoices.request("REF-1"), "user:alice", T0);
        ledger.insert(pending);
        Invoice otherData = pending.retried(Invoices.request("REF-1", Invoices.company("901724254", "1")), T0.plusSeconds(1));
        ledger.update(otherData.failed(DocumentStatus.FAILED, List.of(), T0.plusSeconds(1)));
        assertThat(ledger.findByReference(account, "REF-1").orElseThrow().request()).isEqualTo(pending.request());
        assertThat(ledger.transition(otherData, DocumentStatus.FAILED)).isTrue();
        assertThat(ledger.findByReference(account, "REF-1").orElseThrow().request()).isEqualTo(otherData.request());
    }

    @Test
    void aReferenceCodeIsUniquePerAccount() {
        ledger.insert(Invoice.pending(account, Invoices.request("REF-1"), "user:alice", T0));
        assertThatThrownBy(() -> ledger.insert(Invoice.pending(account, Invoices.request("REF-1"), "user:bob", T0)))
                .isInstanceOf(ConflictException.class);
        UUID other = newAccount();
        ledger.insert(Invoice.pending(other, Invoices.request("REF-1"), "user:bob", T0));
        assertThat(ledger.findByReference(other, "REF-1")).isPresent();
    }

    @Test
    void aTransitionOnlyHappensFromTheExpectedState() {
        Invoice pending = Invoice.pending(account, Invoices.request("REF-1"), "user:alice", T0);
        ledger.insert(pending);
        Invoice unknown = pending.failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(1));
        assertThat(ledger.transition(unknown, DocumentStatus.ISSUED)).isFalse();
        assertThat(ledger.transition(unknown, DocumentStatus.PENDING)).isTrue();
        assertThat(ledger.transition(unknown.retried(Invoices.request("REF-1"), T0.plusSeconds(2)), DocumentStatus.PENDING))
                .isFalse();
        assertThat(ledger.findByReference(account, "REF-1").orElseThrow().status()).isEqualTo(DocumentStatus.UNKNOWN);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            Invoice invoice = Invoice.pending(account, Invoices.request("REF-" + i), "user:alice", T0.plus(i, ChronoUnit.DAYS));
            ledger.insert(i % 2 == 0 ? invoice : invoice.failed(DocumentStatus.REJECTED, List.of(), invoice.createdAt()));
        }
        Page<Invoice> firstTwo = ledger.search(account, new InvoiceQuery(null, null, null, null, null, null, 1, 2));
        assertThat(firstTwo.total()).isEqualTo(5);
        assertThat(firstTwo.totalPages()).isEqualTo(3);
        assertThat(firstTwo.items()).extracting(Invoice::referenceCode).containsExactly("REF-4", "REF-3");

        Page<Invoice> rejected = ledger.search(account, new InvoiceQuery(DocumentStatus.REJECTED, null, null, null,
                null, null, 1, 10));
        assertThat(rejected.items()).extracting(Invoice::referenceCode).containsExactly("REF-3", "REF-1");

        Page<Invoice> window = ledger.search(account, new InvoiceQuery(null, null, null, "1137624282",
                T0.plus(1, ChronoUnit.DAYS), T0.plus(3, ChronoUnit.DAYS), 1, 10));
        assertThat(window.items()).extracting(Invoice::referenceCode).containsExactly("REF-2", "REF-1");

        assertThat(ledger.search(account, new InvoiceQuery(null, "REF-2", null, null, null, null, 1, 10)).total()).isEqualTo(1);
        assertThat(ledger.search(newAccount(), new InvoiceQuery(null, null, null, null, null, null, 1, 10)).total()).isZero();
    }

    @Test
    void unsettledEntriesAreUnknownOrStalePending() {
        Invoice unknown = Invoice.pending(account, Invoices.request("REF-U"), "user:alice", T0)
                .failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(1));
        Invoice stale = Invoice.pending(account, Invoices.request("REF-S"), "user:alice", T0);
        Invoice fresh = Invoice.pending(account, Invoices.request("REF-F"), "user:alice", T0.plusSeconds(100));
        Invoice rejected = Invoice.pending(account, Invoices.request("REF-R"), "user:alice", T0)
                .failed(DocumentStatus.REJECTED, List.of(), T0);
        List.of(unknown, stale, fresh, rejected).forEach(ledger::insert);

        assertThat(ledger.findUnsettled(account, T0.plusSeconds(50), 10)).extracting(Invoice::referenceCode)
                .containsExactly("REF-S", "REF-U");
        assertThat(ledger.findUnsettled(account, T0.plusSeconds(50), 1)).hasSize(1);
        assertThat(ledger.countUnsettled(account)).isEqualTo(3);
    }

    @Test
    void remembersWhichEntriesStillNeedAnUpstreamDelete() {
        Invoice rejected = Invoice.pending(account, Invoices.request("REF-R"), "user:alice", T0)
                .failed(DocumentStatus.REJECTED, List.of(), T0);
        ledger.insert(rejected);
        ledger.insert(Invoice.pending(account, Invoices.request("REF-O"), "user:alice", T0));

        ledger.markUpstreamDelete(rejected.id(), true);
        assertThat(ledger.findNeedingUpstreamDelete(account, 10)).extracting(Invoice::referenceCode).containsExactly("REF-R");

        ledger.markUpstreamDelete(rejected.id(), false);
        assertThat(ledger.findNeedingUpstreamDelete(account, 10)).isEmpty();
    }

    @Test
    void onlyOneOfTwoTakesOverTheSameEntry() {
        Invoice pending = Invoice.pending(account, Invoices.request("REF-T"), "user:alice", T0);
        ledger.insert(pending);
        Invoice stored = ledger.findByReference(account, "REF-T").orElseThrow();

        assertThat(ledger.takeOver(stored.retried(stored.request(), T0.plusSeconds(60)), stored)).isTrue();
        assertThat(ledger.takeOver(stored.retried(stored.request(), T0.plusSeconds(61)), stored)).isFalse();
        assertThat(ledger.findByReference(account, "REF-T").orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(60));
    }
}
