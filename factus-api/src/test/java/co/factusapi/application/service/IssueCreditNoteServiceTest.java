package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.CreditNoteGateway;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryCreditNoteRepository;
import co.factusapi.testsupport.InMemoryInvoiceRepository;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IssueCreditNoteServiceTest {
    private static final UUID ACCOUNT = UUID.randomUUID();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryCreditNoteRepository notes = new InMemoryCreditNoteRepository();
    private final FakeGateway gateway = new FakeGateway();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final IssueCreditNoteService service = new IssueCreditNoteService(gateway, notes, invoices, clock, ACCOUNT,
            Duration.ofMinutes(2), new AuditTrail(auditLog, clock));

    @Test
    void creditsPartThenTheRestAndRefusesMore() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        gateway.onIssue = request -> {
            assertThat(notes.findByReference(ACCOUNT, request.referenceCode()).orElseThrow().status())
                    .isEqualTo(DocumentStatus.PENDING);
            return FakeGateway.validated(request);
        };
        CreditNote partial = service.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN, "NC-1", List.of(oneUnit())), "user:alice");
        assertThat(partial.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(partial.totals().total()).isEqualByComparingTo("11900.00");

        CreditNote rest = service.issue(request("SETP1", CreditNoteConcept.CANCELLATION, "NC-2", null), "user:alice");
        assertThat(rest.request().items()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.price()).isEqualByComparingTo("11900.00");
        });

        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-3", List.of(oneUnit())), "user:alice"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("items"));
        assertThat(gateway.calls).isEqualTo(2);
        assertThat(gateway.paymentMethods).containsOnly(PaymentMethod.CASH);
        assertThat(auditLog.all()).extracting(e -> e.action() + " " + e.resourceId() + " " + e.referenceCode() + " "
                + e.outcome() + " " + e.actor()).containsExactly(
                "credit-note.issue SETP1 NC-1 ISSUED user:alice", "credit-note.issue SETP1 NC-2 ISSUED user:alice");
    }

    @Test
    void defaultsToTheInvoiceLinesInFull() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        CreditNote note = service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "user:alice");
        assertThat(note.request().items()).isEqualTo(Invoices.request("INV-1").items());
        assertThat(note.totals().total()).isEqualByComparingTo("23800.00");
    }

    @Test
    void onlyIssuedInvoicesOfTheAccountCanBeCredited() {
        assertThatThrownBy(() -> service.issue(request("SETP404", CreditNoteConcept.CANCELLATION, "NC-1", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("invoice_number"));
        Invoice unknown = issuedInvoice("SETP2", Invoices.request("INV-2")).failed(DocumentStatus.UNKNOWN, List.of(), clock.instant());
        invoices.update(unknown);
        assertThatThrownBy(() -> service.issue(request("SETP2", CreditNoteConcept.CANCELLATION, "NC-1", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().message())
                        .contains("UNKNOWN"));
        assertThat(gateway.calls).isZero();
    }

    @Test
    void aRejectionReleasesTheAmountAndTheSameReferenceMayBeResent() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        gateway.onIssue = request -> {
            throw UpstreamException.rejected("bad", List.of());
        };
        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(UpstreamException.class);
        assertThat(notes.findByReference(ACCOUNT, "NC-1").orElseThrow().status()).isEqualTo(DocumentStatus.REJECTED);

        gateway.onIssue = FakeGateway::validated;
        assertThat(service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u").status())
                .isEqualTo(DocumentStatus.ISSUED);
        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("NC1");
    }

    @Test
    void aTimeoutKeepsTheAmountReservedAndTheRetryAdoptsWhatTheProviderHas() {
        issuedInvoice("SETP1", Invoices.request("INV-1"));
        gateway.onIssue = request -> {
            throw UpstreamException.timeout("no answer", null);
        };
        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u"))
                .isInstanceOf(UpstreamException.class);
        assertThat(notes.findByReference(ACCOUNT, "NC-1").orElseThrow().status()).isEqualTo(DocumentStatus.UNKNOWN);
        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN, "NC-2", List.of(oneUnit())), "u"))
                .isInstanceOf(InvalidRequestException.class);

        gateway.held = Optional.of(new ProviderDocument("NC7", "NC", "c".repeat(96), null, true,
                DocumentAmounts.of(Invoices.request("INV-1").items()), List.of()));
        CreditNote adopted = service.issue(request("SETP1", CreditNoteConcept.DISCOUNT, "NC-1", null), "u");
        assertThat(adopted.number()).isEqualTo("NC7");
        assertThat(gateway.calls).isEqualTo(1);
    }

    @Test
    void aCancellationOfAPartlyCreditedInvoiceWithMixedTaxRatesNeedsExplicitLines() {
        InvoiceRequest mixed = new InvoiceRequest("SETP", null, "INV-1", null, null, null, null, null, false, null, null,
                null, null, null, Invoices.person(), List.of(Invoices.item("11900.00", "19.00"), Invoices.item("10500.00", "5.00")));
        issuedInvoice("SETP1", mixed);
        service.issue(request("SETP1", CreditNoteConcept.PARTIAL_RETURN, "NC-1", List.of(oneUnit())), "u");
        assertThatThrownBy(() -> service.issue(request("SETP1", CreditNoteConcept.CANCELLATION, "NC-2", null), "u"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("correction_concept"));
    }

    private Invoice issuedInvoice(String number, InvoiceRequest request) {
        Invoice pending = Invoice.pending(ACCOUNT, request, "user:alice", clock.instant());
        invoices.insert(pending);
        Invoice issued = pending.settled(new ProviderDocument(number, "SETP", "f".repeat(96), null, true,
                DocumentAmounts.of(request.items()), List.of()), clock.instant());
        invoices.update(issued);
        return issued;
    }

    private static DocumentLine oneUnit() {
        DocumentLine unit = Invoices.item("11900.00", "19.00");
        return new DocumentLine(unit.codeReference(), unit.name(), 1, unit.price(), unit.discountRate(), unit.taxRate(),
                unit.unitMeasureCode(), unit.standardCode(), false, unit.tribute(), null, null, List.of(), null);
    }

    private static CreditNoteRequest request(String invoice, CreditNoteConcept concept, String reference,
                                             List<DocumentLine> items) {
        return new CreditNoteRequest(invoice, concept, reference, null, null, false, items);
    }

    private static final class FakeGateway implements CreditNoteGateway {
        Function<CreditNoteRequest, ProviderDocument> onIssue = FakeGateway::validated;
        Optional<ProviderDocument> held = Optional.empty();
        final List<PaymentMethod> paymentMethods = new ArrayList<>();
        int calls;

        static ProviderDocument validated(CreditNoteRequest request) {
            return new ProviderDocument("NC" + request.referenceCode().replaceAll("\\D", ""), "NC", "c".repeat(96), null,
                    true, DocumentAmounts.of(request.items()), List.of());
        }

        @Override
        public ProviderDocument issue(CreditNoteRequest request, PaymentMethod paymentMethod) {
            calls++;
            paymentMethods.add(paymentMethod);
            return onIssue.apply(request);
        }

        @Override
        public Optional<ProviderDocument> findByReference(String referenceCode) {
            return held;
        }

        @Override
        public DocumentFile download(String number, DocumentFile.Format format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendEmail(String number, String email) {
            throw new UnsupportedOperationException();
        }
    }
}
