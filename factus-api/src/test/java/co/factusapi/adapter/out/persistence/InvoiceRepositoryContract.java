package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import co.factusapi.domain.invoice.InvoiceStatus;
import co.factusapi.domain.invoice.InvoiceTotals;
import co.factusapi.domain.invoice.IssuedInvoice;
import co.factusapi.domain.invoice.Page;
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
        Invoice issued = pending.settled(new IssuedInvoice("SETP990000001", "SETP", "f".repeat(96), "https://qr",
                true, new InvoiceTotals(new BigDecimal("20000.00"), new BigDecimal("3800.00"), new BigDecimal("23800.00")),
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
        Invoice unknown = pending.failed(InvoiceStatus.UNKNOWN, List.of(), T0.plusSeconds(1));
        assertThat(ledger.transition(unknown, InvoiceStatus.ISSUED)).isFalse();
        assertThat(ledger.transition(unknown, InvoiceStatus.PENDING)).isTrue();
        assertThat(ledger.transition(unknown.retried(Invoices.request("REF-1"), T0.plusSeconds(2)), InvoiceStatus.PENDING))
                .isFalse();
        assertThat(ledger.findByReference(account, "REF-1").orElseThrow().status()).isEqualTo(InvoiceStatus.UNKNOWN);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            Invoice invoice = Invoice.pending(account, Invoices.request("REF-" + i), "user:alice", T0.plus(i, ChronoUnit.DAYS));
            ledger.insert(i % 2 == 0 ? invoice : invoice.failed(InvoiceStatus.REJECTED, List.of(), invoice.createdAt()));
        }
        Page<Invoice> firstTwo = ledger.search(account, new InvoiceQuery(null, null, null, null, null, null, 1, 2));
        assertThat(firstTwo.total()).isEqualTo(5);
        assertThat(firstTwo.totalPages()).isEqualTo(3);
        assertThat(firstTwo.items()).extracting(Invoice::referenceCode).containsExactly("REF-4", "REF-3");

        Page<Invoice> rejected = ledger.search(account, new InvoiceQuery(InvoiceStatus.REJECTED, null, null, null,
                null, null, 1, 10));
        assertThat(rejected.items()).extracting(Invoice::referenceCode).containsExactly("REF-3", "REF-1");

        Page<Invoice> window = ledger.search(account, new InvoiceQuery(null, null, null, "1137624282",
                T0.plus(1, ChronoUnit.DAYS), T0.plus(3, ChronoUnit.DAYS), 1, 10));
        assertThat(window.items()).extracting(Invoice::referenceCode).containsExactly("REF-2", "REF-1");

        assertThat(ledger.search(account, new InvoiceQuery(null, "REF-2", null, null, null, null, 1, 10)).total()).isEqualTo(1);
        assertThat(ledger.search(newAccount(), new InvoiceQuery(null, null, null, null, null, null, 1, 10)).total()).isZero();
    }
}
