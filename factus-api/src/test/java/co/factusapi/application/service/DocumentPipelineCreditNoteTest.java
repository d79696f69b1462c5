package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import co.factusapi.application.tenancy.ActingTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.ProviderDocument.DianState;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
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

/** The pipeline with credit notes: reservations against the invoice, adoption, rejection. */
class DocumentPipelineCreditNoteTest {
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
    private final ScriptedProvider<CreditNoteRequest> provider = new ScriptedProvider<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DocumentPipeline pipeline = new DocumentPipeline(List.of(new CreditNoteDocumentType(provider)),
            ledger, clock, Duration.ofMinutes(2), new AuditTrail(auditLog, clock));

    @Test
    void creditsPartThenTheRestAndRefusesMore() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        provider.onIssue(() -> {
            assertThat(note("NC-1").status()).isEqualTo(DocumentStatus.PENDING);
            return validated("NC1", List.of(oneUnit()));
        });
        LedgerEntry<CreditNoteRequest> partial = pipeline.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN,
                "NC-1", List.of(oneUnit())), "user:alice");
        assertThat(partial.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(partial.totals().total()).isEqualByComparingTo("11900.00");

        provider.onIssue(() -> validated("NC2", List.of(oneUnit())));
        LedgerEntry<CreditNoteRequest> rest = pipeline.issue(request("SETP1", CreditNoteConcept.CANCELLATION, "NC-2",
                null), "user:alice");
        assertThat(rest.request().items()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.price()).isEqualByComparingTo("11900.00");
        });

        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-3",
                List.of(oneUnit())), "user:alice"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.violations().getFirst().field()).isEqualTo("items");
                    assertThat(e.violations().getFirst().message()).contains("remaining amount 0.00");
                });
        assertThat(provider.issueCalls()).isEqualTo(2);
        assertThat(auditLog.all()).extracting(e -> e.action() + " " + e.resourceId() + " " + e.referenceCode() + " "
                + e.outcome() + " " + e.actor()).containsExactly(
                "credit-note.issue SETP1 NC-1 ISSUED user:alice", "credit-note.issue SETP1 NC-2 ISSUED user:alice");
    }

    @Test
    void defaultsToTheInvoiceLinesInFull() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        provider.onIssue(() -> validated("NC1", Invoices.request("INV-1").items()));
        LedgerEntry<CreditNoteRequest> note = pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null),
                "user:alice");
        assertThat(note.request().items()).isEqualTo(Invoices.request("INV-1").items());
        assertThat(note.totals().total()).isEqualByComparingTo("23800.00");
        assertThat(note.parent().number()).isEqualTo("SETP1");
    }

    @Test
    void onlyIssuedInvoicesOfTheAccountCanBeCredited() {
        assertThatThrownBy(() -> pipeline.issue(request("SETP404", CreditNoteConcept.CANCELLATION, "NC-1", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("invoice_number"));
        LedgerEntry<?> issued = issuedInvoice("SETP2", Invoices.request("INV-2"));
        ledger.update(issued.failed(DocumentStatus.UNKNOWN, List.of(), clock.instant()));
        assertThatThrownBy(() -> pipeline.issue(request("SETP2", CreditNoteConcept.CANCELLATION, "NC-1", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().message())
                        .contains("UNKNOWN"));
        assertThat(provider.issueCalls()).isZero();
    }

    @Test
    void aRejectionReleasesTheAmountAndTheSameReferenceMayBeResent() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        provider.onIssue(() -> {
            throw UpstreamException.rejected("bad", List.of());
        }).onIssue(() -> validated("NC1", Invoices.request("INV-1").items()));
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(UpstreamException.class);
        assertThat(note("NC-1").status()).isEqualTo(DocumentStatus.REJECTED);

        assertThat(pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u").status())
                .isEqualTo(DocumentStatus.ISSUED);
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("NC1")
                .hasFieldOrPropertyWithValue("code", "credit-note-already-issued");
    }

    @Test
    void aDianRejectedNoteIsDeletedAtTheProviderSoItCannotBlockTheAccount() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        provider.onIssue(() -> {
            throw UpstreamException.dianRejected("DIAN rejected the note.", List.of());
        });
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(UpstreamException.class);
        assertThat(note("NC-1").status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(provider.deleted).containsExactly("NC-1");
    }

    @Test
    void aTimeoutKeepsTheAmountReservedAndTheRetryAdoptsWhatTheProviderHas() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        provider.onIssue(() -> {
            throw UpstreamException.timeout("no answer", null);
        });
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(UpstreamException.class);
        assertThat(note("NC-1").status()).isEqualTo(DocumentStatus.UNKNOWN);
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN, "NC-2",
                List.of(oneUnit())), "u")).isInstanceOf(InvalidRequestException.class);

        provider.held = Optional.of(validated("NC7", Invoices.request("INV-1").items()));
        LedgerEntry<CreditNoteRequest> adopted = pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1",
                null), "u");
        assertThat(adopted.number()).isEqualTo("NC7");
        assertThat(provider.issueCalls()).isEqualTo(1);
    }

    @Test
    void aReferenceOfAnotherInvoicesNoteIsRefused() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        issuedInvoice("SETP2", Invoices.request("INV-2"));
        provider.onIssue(() -> {
            throw UpstreamException.rejected("bad", List.of());
        });
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"));
        assertThatThrownBy(() -> pipeline.issue(request("SETP2", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().message())
                        .contains("SETP1"));
    }

    @Test
    void aCancellationOfAPartlyCreditedInvoiceWithMixedTaxRatesNeedsExplicitLines() {
        InvoiceRequest mixed = new InvoiceRequest("SETP", null, "INV-1", null, null, null, null, null, false, null,
                null, null, null, null, Invoices.person(), List.of(Invoices.item("11900.00", "19.00"),
                Invoices.item("10500.00", "5.00")));
        issuedInvoice("SETP1", mixed);
        provider.onIssue(() -> validated("NC1", List.of(oneUnit())));
        pipeline.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN, "NC-1", List.of(oneUnit())), "u");
        assertThatThrownBy(() -> pipeline.issue(request("SETP1", CreditNoteConcept.CANCELLATION, "NC-2", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("correction_concept"));
    }

    private LedgerEntry<?> issuedInvoice(String number, InvoiceRequest request) {
        LedgerEntry<InvoiceRequest> pending = Ledgers.pendingInvoice(ACCOUNT, request, clock.instant());
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> issued = pending.settled(Ledgers.validated(number,
                DocumentAmounts.of(request.items())), clock.instant());
        ledger.update(issued);
        return issued;
    }

    private LedgerEntry<?> note(String reference) {
        return ledger.findByReference(ACCOUNT, DocumentKind.CREDIT_NOTE, reference).orElseThrow();
    }

    private static ProviderDocument validated(String number, List<DocumentLine> lines) {
        return new ProviderDocument(number, "NC", "c".repeat(96), null, DianState.VALIDATED,
                DocumentAmounts.of(lines), List.of());
    }

    private static DocumentLine oneUnit() {
        return Ledgers.oneUnitCredit("x", "x").items().getFirst();
    }

    private static CreditNoteRequest request(String invoice, CreditNoteConcept concept, String reference,
                                             List<DocumentLine> items) {
        return new CreditNoteRequest(invoice, concept, reference, null, null, false, items);
    }
}
