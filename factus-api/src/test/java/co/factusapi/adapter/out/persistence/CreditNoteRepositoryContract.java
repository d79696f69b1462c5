package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.testsupport.Invoices;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every credit-note ledger must do; run against the in-memory fake, H2 and PostgreSQL. */
abstract class CreditNoteRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private static final BigDecimal INVOICE_TOTAL = new BigDecimal("23800.00");
    protected UUID account;
    private CreditNoteRepository notes;
    private InvoiceRepository invoices;
    private Invoice invoice;

    protected abstract CreditNoteRepository createNotes();

    protected abstract InvoiceRepository createInvoices();

    protected abstract UUID newAccount();

    @BeforeEach
    void setUp() {
        notes = createNotes();
        invoices = createInvoices();
        account = newAccount();
        invoice = issuedInvoice("INV-1", "SETP990000001");
    }

    @Test
    void storesAndReadsBackEveryField() {
        CreditNote pending = oneUnit("NC-REF-1", T0);
        assertThat(notes.reserve(pending, null, INVOICE_TOTAL)).isTrue();
        CreditNote issued = pending.settled(new ProviderDocument("NC1", "NC", "c".repeat(96), "https://qr", true,
                new DocumentTotals(new BigDecimal("10000.00"), new BigDecimal("1900.00"), new BigDecimal("11900.00")),
                List.of()), T0.plusSeconds(2));
        notes.update(issued);

        CreditNote read = notes.findByReference(account, "NC-REF-1").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFieldsOfTypes(Instant.class).isEqualTo(issued);
        assertThat(read.issuedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(read.totals().total()).isEqualByComparingTo("11900.00").hasScaleOf(2);
        assertThat(notes.findByNumber(account, "NC1")).contains(read);
        assertThat(notes.findByInvoice(invoice.id())).containsExactly(read);
    }

    @Test
    void aReservationBeyondTheLimitSavesNothingAndReleasedAmountsDoNotCount() {
        CreditNote first = oneUnit("NC-1", T0);
        assertThat(notes.reserve(first, null, INVOICE_TOTAL)).isTrue();
        assertThat(notes.reserve(oneUnit("NC-2", T0), null, INVOICE_TOTAL)).isTrue();
        assertThat(notes.reserve(oneUnit("NC-3", T0), null, INVOICE_TOTAL)).isFalse();
        assertThat(notes.findByReference(account, "NC-3")).isEmpty();

        notes.update(first.failed(DocumentStatus.REJECTED, List.of(), T0.plusSeconds(1)));
        assertThat(notes.reserve(oneUnit("NC-3", T0), null, INVOICE_TOTAL)).isTrue();
    }

    @Test
    void aReferenceCodeIsUniqueAndATakeOverNeedsTheExpectedState() {
        CreditNote first = oneUnit("NC-1", T0);
        notes.reserve(first, null, INVOICE_TOTAL);
        assertThatThrownBy(() -> notes.reserve(oneUnit("NC-1", T0), null, INVOICE_TOTAL))
                .isInstanceOf(ConflictException.class);
        CreditNote rejected = first.failed(DocumentStatus.REJECTED, List.of(), T0.plusSeconds(1));
        notes.update(rejected);
        CreditNote retried = rejected.retried(first.request(), T0.plusSeconds(2));
        assertThatThrownBy(() -> notes.reserve(retried, DocumentStatus.FAILED, INVOICE_TOTAL))
                .isInstanceOf(ConflictException.class);
        assertThat(notes.reserve(retried, DocumentStatus.REJECTED, INVOICE_TOTAL)).isTrue();
        assertThat(notes.findByReference(account, "NC-1").orElseThrow().status()).isEqualTo(DocumentStatus.PENDING);
    }

    @Test
    void concurrentReservationsNeverExceedTheLimitTogether() throws Exception {
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            CreditNote note = oneUnit("NC-C-" + i, T0);
            tasks.add(() -> {
                start.await();
                return notes.reserve(note, null, INVOICE_TOTAL);
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            List<Future<Boolean>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            long reserved = 0;
            for (Future<Boolean> result : results) {
                reserved += result.get() ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(2);
        }
        assertThat(notes.findByInvoice(invoice.id())).hasSize(2);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        Invoice other = issuedInvoice("INV-2", "SETP990000002");
        for (int i = 0; i < 3; i++) {
            notes.reserve(oneUnit("NC-" + i, T0.plus(i, ChronoUnit.DAYS)), null, new BigDecimal("99999999.00"));
        }
        notes.reserve(CreditNote.pending(other, request(other, "NC-OTHER"), "user:bob", T0), null, INVOICE_TOTAL);

        assertThat(notes.search(account, query(null, null, null, null, 1, 2)).items())
                .extracting(CreditNote::referenceCode).containsExactly("NC-2", "NC-1");
        assertThat(notes.search(account, query(null, null, "SETP990000001", null, 1, 10)).total()).isEqualTo(3);
        assertThat(notes.search(account, query(null, "NC-OTHER", null, null, 1, 10)).items())
                .extracting(CreditNote::invoiceNumber).containsExactly("SETP990000002");
        assertThat(notes.search(account, query(DocumentStatus.ISSUED, null, null, null, 1, 10)).total()).isZero();
        assertThat(notes.search(account, query(null, null, null, T0.plus(1, ChronoUnit.DAYS), 1, 10)).total()).isEqualTo(2);
        assertThat(notes.search(newAccount(), query(null, null, null, null, 1, 10)).total()).isZero();
    }

    private static CreditNoteQuery query(DocumentStatus status, String reference, String invoiceNumber, Instant from,
                                         int page, int size) {
        return new CreditNoteQuery(status, reference, invoiceNumber, from, null, page, size);
    }

    private Invoice issuedInvoice(String reference, String number) {
        Invoice pending = Invoice.pending(account, Invoices.request(reference), "user:alice", T0);
        invoices.insert(pending);
        Invoice issued = pending.settled(new ProviderDocument(number, "SETP", "f".repeat(96), null, true,
                new DocumentTotals(new BigDecimal("20000.00"), new BigDecimal("3800.00"), INVOICE_TOTAL), List.of()), T0);
        invoices.update(issued);
        return issued;
    }

    private CreditNote oneUnit(String reference, Instant at) {
        return CreditNote.pending(invoice, request(invoice, reference), "user:alice", at);
    }

    /** One of the invoice's two units: 11900.00. */
    private static CreditNoteRequest request(Invoice invoice, String reference) {
        var unit = Invoices.item("11900.00", "19.00");
        var oneUnit = new co.factusapi.domain.document.DocumentLine(unit.codeReference(), unit.name(), 1, unit.price(),
                unit.discountRate(), unit.taxRate(), unit.unitMeasureCode(), unit.standardCode(), unit.excluded(),
                unit.tribute(), null, null, List.of(), null);
        return new CreditNoteRequest(invoice.number(), CreditNoteConcept.PARTIAL_RETURN, reference, null, null, false,
                List.of(oneUnit));
    }
}
