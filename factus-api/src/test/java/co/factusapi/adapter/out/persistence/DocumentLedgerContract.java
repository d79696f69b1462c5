package co.factusapi.adapter.out.persistence;

import static co.factusapi.testsupport.Ledgers.INVOICE_TOTALS;
import static co.factusapi.testsupport.Ledgers.pendingCreditNote;
import static co.factusapi.testsupport.Ledgers.pendingInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.ProviderDocument.DianState;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.Ledgers;
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

/** What every document ledger must do; run against the in-memory fake, H2 and PostgreSQL. */
abstract class DocumentLedgerContract {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private static final BigDecimal INVOICE_TOTAL = INVOICE_TOTALS.total();
    protected UUID account;
    private DocumentLedger ledger;

    protected abstract DocumentLedger create();

    protected abstract UUID newAccount();

    @BeforeEach
    void setUp() {
        ledger = create();
        account = newAccount();
    }

    @Test
    void storesAndReadsBackEveryField() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(account, Invoices.request("REF-1",
                Invoices.company("901724254", "1")), T0);
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> issued = pending.settled(new ProviderDocument("SETP990000001", "SETP",
                "f".repeat(96), "https://qr", DianState.VALIDATED, INVOICE_TOTALS,
                List.of(new FieldViolation("dian", "Regla: FAJ43b, Notificación: nombre"))), T0.plusSeconds(3));
        ledger.update(issued);

        LedgerEntry<?> read = ledger.findByReference(account, DocumentKind.INVOICE, "REF-1").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFieldsOfTypes(Instant.class).isEqualTo(issued);
        assertThat(read.issuedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.totals().total()).isEqualByComparingTo("23800.00").hasScaleOf(2);
        assertThat(ledger.findByNumber(account, DocumentKind.INVOICE, "SETP990000001")).contains(read);
        assertThat(ledger.findByNumber(account, DocumentKind.CREDIT_NOTE, "SETP990000001")).isEmpty();
    }

    @Test
    void aNoteIsStoredWithItsParentAndRequest() {
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        LedgerEntry<CreditNoteRequest> note = pendingCreditNote(invoice, "NC-REF-1", T0);
        assertThat(ledger.reserve(note, null, INVOICE_TOTAL)).isTrue();
        LedgerEntry<CreditNoteRequest> issued = note.settled(new ProviderDocument("NC1", "NC", "c".repeat(96),
                "https://qr", DianState.VALIDATED, new DocumentTotals(new BigDecimal("10000.00"),
                new BigDecimal("1900.00"), new BigDecimal("11900.00")), List.of()), T0.plusSeconds(2));
        ledger.update(issued);

        LedgerEntry<?> read = ledger.findByReference(account, DocumentKind.CREDIT_NOTE, "NC-REF-1").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFieldsOfTypes(Instant.class).isEqualTo(issued);
        assertThat(read.parent().number()).isEqualTo("SETP990000001");
        assertThat(read.party()).isEqualTo(invoice.party());
        assertThat(ledger.findCorrections(invoice.id(), DocumentKind.CREDIT_NOTE)).containsExactly(read);
        assertThat(ledger.findCorrections(invoice.id(), DocumentKind.DEBIT_NOTE)).isEmpty();
    }

    @Test
    void settlingKeepsTheRecordedRequestWhileANewAttemptReplacesIt() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(account, "REF-1", T0);
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> otherData = pending.retried(pendingInvoice(account, Invoices.request("REF-1",
                Invoices.company("901724254", "1")), T0).attempt(), null, T0.plusSeconds(1));
        ledger.update(otherData.failed(DocumentStatus.FAILED, List.of(), T0.plusSeconds(1)));
        LedgerEntry<?> failed = ledger.findByReference(account, DocumentKind.INVOICE, "REF-1").orElseThrow();
        assertThat(failed.request()).isEqualTo(pending.request());
        LedgerEntry<InvoiceRequest> again = failed.as(InvoiceRequest.class).retried(otherData.attempt(), "key-2", T0.plusSeconds(2));
        assertThat(ledger.takeOver(again, failed)).isTrue();
        assertThat(ledger.findByReference(account, DocumentKind.INVOICE, "REF-1").orElseThrow().request())
                .isEqualTo(otherData.request());
    }

    @Test
    void aReferenceCodeIsUniquePerAccountAndKind() {
        ledger.insert(pendingInvoice(account, "REF-1", T0));
        assertThatThrownBy(() -> ledger.insert(pendingInvoice(account, "REF-1", T0)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "invoice-in-progress");
        UUID other = newAccount();
        ledger.insert(pendingInvoice(other, "REF-1", T0));
        assertThat(ledger.findByReference(other, DocumentKind.INVOICE, "REF-1")).isPresent();
        LedgerEntry<?> invoice = issuedInvoice("INV-9", "SETP990000009");
        assertThat(ledger.reserve(pendingCreditNote(invoice, "REF-1", T0), null, INVOICE_TOTAL)).isTrue();
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            LedgerEntry<InvoiceRequest> invoice = pendingInvoice(account, "REF-" + i, T0.plus(i, ChronoUnit.DAYS));
            ledger.insert(i % 2 == 0 ? invoice : invoice.failed(DocumentStatus.REJECTED, List.of(), invoice.createdAt()));
        }
        Page<LedgerEntry<?>> firstTwo = ledger.search(account, invoices(null, null, null, null, null, 1, 2));
        assertThat(firstTwo.total()).isEqualTo(5);
        assertThat(firstTwo.totalPages()).isEqualTo(3);
        assertThat(firstTwo.items()).extracting(LedgerEntry::referenceCode).containsExactly("REF-4", "REF-3");

        assertThat(ledger.search(account, invoices(DocumentStatus.REJECTED, null, null, null, null, 1, 10)).items())
                .extracting(LedgerEntry::referenceCode).containsExactly("REF-3", "REF-1");
        assertThat(ledger.search(account, invoices(null, null, "1137624282", T0.plus(1, ChronoUnit.DAYS),
                T0.plus(3, ChronoUnit.DAYS), 1, 10)).items())
                .extracting(LedgerEntry::referenceCode).containsExactly("REF-2", "REF-1");
        assertThat(ledger.search(account, invoices(null, "REF-2", null, null, null, 1, 10)).total()).isEqualTo(1);
        assertThat(ledger.search(newAccount(), invoices(null, null, null, null, null, 1, 10)).total()).isZero();
        assertThat(ledger.search(account, notes(null, null, 1, 10)).total()).isZero();
    }

    @Test
    void talliesCountAndAddUpTheDocumentsOfOneDayPerKindAndState() {
        LedgerEntry<?> invoice = issuedInvoice("DAY-1", "SETP1");
        LedgerEntry<InvoiceRequest> small = pendingInvoice(account, "DAY-2", T0.plus(1, ChronoUnit.HOURS));
        ledger.insert(small);
        ledger.update(small.settled(Ledgers.validated("SETP2", new DocumentTotals(new BigDecimal("84.12"),
                new BigDecimal("15.98"), new BigDecimal("100.10"))), small.createdAt()));
        LedgerEntry<InvoiceRequest> rejected = pendingInvoice(account, "DAY-3", T0.plus(2, ChronoUnit.HOURS));
        ledger.insert(rejected.failed(DocumentStatus.REJECTED, List.of(), rejected.createdAt()));
        LedgerEntry<CreditNoteRequest> note = pendingCreditNote(invoice, "DAY-NC", T0.plus(3, ChronoUnit.HOURS));
        assertThat(ledger.reserve(note, null, INVOICE_TOTAL)).isTrue();
        ledger.update(note.settled(Ledgers.validated("NC1", new DocumentTotals(new BigDecimal("10000.00"),
                new BigDecimal("1900.00"), new BigDecimal("11900.00"))), note.createdAt()));
        ledger.insert(pendingInvoice(account, "DAY-BEFORE", T0.minusSeconds(1)));
        ledger.insert(pendingInvoice(account, "DAY-AFTER", T0.plus(1, ChronoUnit.DAYS)));
        ledger.insert(pendingInvoice(newAccount(), "OTHER-TENANT", T0));

        List<DocumentTally> day = ledger.tally(account, T0, T0.plus(1, ChronoUnit.DAYS));

        assertThat(day).containsExactlyInAnyOrder(
                new DocumentTally(DocumentKind.INVOICE, DocumentStatus.ISSUED, 2, new BigDecimal("23900.10")),
                new DocumentTally(DocumentKind.INVOICE, DocumentStatus.REJECTED, 1, BigDecimal.ZERO),
                new DocumentTally(DocumentKind.CREDIT_NOTE, DocumentStatus.ISSUED, 1, new BigDecimal("11900.00")));
        assertThat(day).allSatisfy(tally -> assertThat(tally.total()).hasScaleOf(2));
        assertThat(ledger.tally(newAccount(), T0, T0.plus(1, ChronoUnit.DAYS))).isEmpty();
    }

    @Test
    void unsettledAndTodaysRejectionsNeedAttentionLastUpdatedFirst() {
        LedgerEntry<InvoiceRequest> oldPending = pendingInvoice(account, "OLD-PENDING", T0.minus(9, ChronoUnit.DAYS));
        ledger.insert(oldPending);
        LedgerEntry<InvoiceRequest> unknown = pendingInvoice(account, "UNKNOWN", T0.plus(1, ChronoUnit.HOURS));
        ledger.insert(unknown.failed(DocumentStatus.UNKNOWN, List.of(), unknown.createdAt()));
        LedgerEntry<InvoiceRequest> rejected = pendingInvoice(account, "REJECTED", T0.plus(2, ChronoUnit.HOURS));
        ledger.insert(rejected.failed(DocumentStatus.REJECTED, List.of(), rejected.createdAt()));
        LedgerEntry<InvoiceRequest> rejectedBefore = pendingInvoice(account, "REJECTED-BEFORE", T0.minusSeconds(1));
        ledger.insert(rejectedBefore.failed(DocumentStatus.REJECTED, List.of(), rejectedBefore.createdAt()));
        LedgerEntry<?> invoice = issuedInvoice("ISSUED", "SETP1");
        LedgerEntry<CreditNoteRequest> note = pendingCreditNote(invoice, "NOTE-PENDING", T0.plus(3, ChronoUnit.HOURS));
        assertThat(ledger.reserve(note, null, INVOICE_TOTAL)).isTrue();
        ledger.insert(pendingInvoice(newAccount(), "OTHER-TENANT", T0.plus(4, ChronoUnit.HOURS)));

        assertThat(ledger.findNeedingAttention(account, T0, 10)).extracting(LedgerEntry::referenceCode)
                .containsExactly("NOTE-PENDING", "REJECTED", "UNKNOWN", "OLD-PENDING");
        assertThat(ledger.findNeedingAttention(account, T0, 2)).hasSize(2);
        assertThat(ledger.tallyUnsettled(account)).extracting(DocumentTally::kind, DocumentTally::status,
                DocumentTally::count).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DocumentKind.INVOICE, DocumentStatus.PENDING, 1L),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.INVOICE, DocumentStatus.UNKNOWN, 1L),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.CREDIT_NOTE, DocumentStatus.PENDING, 1L));
    }

    @Test
    void notesAreFoundByTheNumberOfTheDocumentTheyCorrect() {
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        LedgerEntry<?> other = issuedInvoice("INV-2", "SETP990000002");
        for (int i = 0; i < 3; i++) {
            ledger.reserve(pendingCreditNote(invoice, "NC-" + i, T0.plus(i, ChronoUnit.DAYS)), null,
                    new BigDecimal("99999999.00"));
        }
        ledger.reserve(pendingCreditNote(other, "NC-OTHER", T0), null, INVOICE_TOTAL);

        assertThat(ledger.search(account, notes(null, null, 1, 2)).items())
                .extracting(LedgerEntry::referenceCode).containsExactly("NC-2", "NC-1");
        assertThat(ledger.search(account, notes("SETP990000001", null, 1, 10)).total()).isEqualTo(3);
        assertThat(ledger.search(account, notes("SETP990000002", null, 1, 10)).items())
                .extracting(LedgerEntry::referenceCode).containsExactly("NC-OTHER");
        assertThat(ledger.search(account, notes(null, DocumentStatus.ISSUED, 1, 10)).total()).isZero();
    }

    @Test
    void aReservationBeyondTheLimitSavesNothingAndReleasedAmountsDoNotCount() {
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        LedgerEntry<CreditNoteRequest> first = pendingCreditNote(invoice, "NC-1", T0);
        assertThat(ledger.reserve(first, null, INVOICE_TOTAL)).isTrue();
        assertThat(ledger.reserve(pendingCreditNote(invoice, "NC-2", T0), null, INVOICE_TOTAL)).isTrue();
        assertThat(ledger.reserve(pendingCreditNote(invoice, "NC-3", T0), null, INVOICE_TOTAL)).isFalse();
        assertThat(ledger.findByReference(account, DocumentKind.CREDIT_NOTE, "NC-3")).isEmpty();

        ledger.update(first.failed(DocumentStatus.REJECTED, List.of(), T0.plusSeconds(1)));
        assertThat(ledger.reserve(pendingCreditNote(invoice, "NC-3", T0), null, INVOICE_TOTAL)).isTrue();
    }

    @Test
    void aRetriedReservationTakesOverOnlyTheEntryItRead() {
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        LedgerEntry<CreditNoteRequest> first = pendingCreditNote(invoice, "NC-1", T0);
        ledger.reserve(first, null, INVOICE_TOTAL);
        assertThatThrownBy(() -> ledger.reserve(pendingCreditNote(invoice, "NC-1", T0), null, INVOICE_TOTAL))
                .isInstanceOf(ConflictException.class);
        LedgerEntry<CreditNoteRequest> rejected = first.failed(DocumentStatus.REJECTED, List.of(), T0.plusSeconds(1));
        ledger.update(rejected);
        LedgerEntry<CreditNoteRequest> retried = rejected.retried(first.attempt(), null, T0.plusSeconds(2));
        assertThatThrownBy(() -> ledger.reserve(retried, first, INVOICE_TOTAL)).isInstanceOf(ConflictException.class);
        assertThat(ledger.reserve(retried, rejected, INVOICE_TOTAL)).isTrue();
        assertThat(ledger.findByReference(account, DocumentKind.CREDIT_NOTE, "NC-1").orElseThrow().status())
                .isEqualTo(DocumentStatus.PENDING);
    }

    @Test
    void concurrentReservationsNeverExceedTheLimitTogether() throws Exception {
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            LedgerEntry<CreditNoteRequest> note = pendingCreditNote(invoice, "NC-C-" + i, T0);
            tasks.add(() -> {
                start.await();
                return ledger.reserve(note, null, INVOICE_TOTAL);
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
        assertThat(ledger.findCorrections(invoice.id(), DocumentKind.CREDIT_NOTE)).hasSize(2);
    }

    @Test
    void unsettledEntriesOfEveryKindAreUnknownOrStalePending() {
        LedgerEntry<?> unknown = pendingInvoice(account, "REF-U", T0).failed(DocumentStatus.UNKNOWN, List.of(),
                T0.plusSeconds(1));
        LedgerEntry<?> stale = pendingInvoice(account, "REF-S", T0);
        LedgerEntry<?> fresh = pendingInvoice(account, "REF-F", T0.plusSeconds(100));
        LedgerEntry<?> rejected = pendingInvoice(account, "REF-R", T0).failed(DocumentStatus.REJECTED, List.of(), T0);
        List.of(unknown, stale, fresh, rejected).forEach(ledger::insert);
        LedgerEntry<?> invoice = issuedInvoice("INV-1", "SETP990000001");
        ledger.reserve(pendingCreditNote(invoice, "NC-U", T0).failed(DocumentStatus.UNKNOWN, List.of(),
                T0.plusSeconds(2)), null, INVOICE_TOTAL);

        assertThat(ledger.findUnsettled(account, T0.plusSeconds(50), 10)).extracting(LedgerEntry::referenceCode)
                .containsExactly("REF-S", "REF-U", "NC-U");
        assertThat(ledger.findUnsettled(account, T0.plusSeconds(50), 1)).hasSize(1);
        assertThat(ledger.countUnsettled(account)).isEqualTo(4);
    }

    @Test
    void remembersWhichEntriesStillNeedAnUpstreamDelete() {
        LedgerEntry<?> rejected = pendingInvoice(account, "REF-R", T0).failed(DocumentStatus.REJECTED, List.of(), T0);
        ledger.insert(rejected);
        ledger.insert(pendingInvoice(account, "REF-O", T0));

        ledger.markUpstreamDelete(rejected.id(), true);
        assertThat(ledger.findNeedingUpstreamDelete(account, 10)).extracting(LedgerEntry::referenceCode)
                .containsExactly("REF-R");

        ledger.markUpstreamDelete(rejected.id(), false);
        assertThat(ledger.findNeedingUpstreamDelete(account, 10)).isEmpty();
    }

    @Test
    void onlyOneOfTwoTakesOverTheSameEntry() {
        ledger.insert(pendingInvoice(account, "REF-T", T0));
        LedgerEntry<?> stored = ledger.findByReference(account, DocumentKind.INVOICE, "REF-T").orElseThrow();

        assertThat(ledger.takeOver(stored.resent(T0.plusSeconds(60)), stored)).isTrue();
        assertThat(ledger.takeOver(stored.resent(T0.plusSeconds(61)), stored)).isFalse();
        assertThat(ledger.findByReference(account, DocumentKind.INVOICE, "REF-T").orElseThrow().updatedAt())
                .isEqualTo(T0.plusSeconds(60));
    }

    private LedgerEntry<?> issuedInvoice(String reference, String number) {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(account, reference, T0);
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> issued = pending.settled(Ledgers.validated(number, INVOICE_TOTALS), T0);
        ledger.update(issued);
        return issued;
    }

    private static DocumentQuery invoices(DocumentStatus status, String reference, String customer, Instant from,
                                          Instant to, int page, int size) {
        return new DocumentQuery(DocumentKind.INVOICE, status, reference, null, customer, null, from, to, page, size);
    }

    private static DocumentQuery notes(String invoiceNumber, DocumentStatus status, int page, int size) {
        return new DocumentQuery(DocumentKind.CREDIT_NOTE, status, null, null, null, invoiceNumber, null, null, page,
                size);
    }
}
