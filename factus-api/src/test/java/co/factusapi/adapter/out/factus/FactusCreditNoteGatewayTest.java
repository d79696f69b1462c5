package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.Invoices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The credit-note adapter against a real HTTP Factus (the emulator), once per API version. */
@ParameterizedClass(name = "Factus {0}")
@EnumSource(ApiVersion.class)
class FactusCreditNoteGatewayTest {
    private static FactusEmulator emulator;
    private static EmulatorControl control;
    @Parameter
    private ApiVersion version;
    private FactusAdapterFactory factory;
    private FactusDocumentProvider<InvoiceRequest> bills;
    private FactusDocumentProvider<CreditNoteRequest> gateway;

    @BeforeAll
    static void startEmulator() {
        emulator = FactusEmulator.start(0);
        control = new EmulatorControl(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void connect() {
        emulator.reset();
        factory = new FactusAdapterFactory(EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5),
                4, null), version, Clock.systemUTC(), new SimpleMeterRegistry(), () -> null, FactusPacer.UNLIMITED);
        bills = Providers.bills(version, factory, new ValidateSerializer(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(50)));
        gateway = Providers.creditNotes(version, factory, new ValidateSerializer(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofMillis(20)));
    }

    @AfterEach
    void disconnect() throws Exception {
        factory.close();
    }

    @Test
    void issuesACreditNoteAgainstABillInTheSingleCreditNoteRange() {
        ProviderDocument bill = bills.issue(Invoices.request("REF-1"));
        ProviderDocument note = gateway.issue(creditNote(bill.number(), "NC-1", null));

        assertThat(note.validated()).isTrue();
        assertThat(note.number()).startsWith("NC");
        assertThat(note.prefix()).isEqualTo("NC");
        assertThat(note.uniqueCode()).matches("[0-9a-f]{96}");
        assertThat(note.totals().total()).isEqualByComparingTo("23800.00");
        assertThat(control.requests(validateRoute())).isEqualTo(1);

        assertThat(gateway.findByReference("NC-1")).hasValueSatisfying(found ->
                assertThat(found.number()).isEqualTo(note.number()));
        assertThat(gateway.findByReference("NC-")).isEmpty();

        DocumentFile pdf = gateway.download(note.number(), DocumentFile.Format.PDF);
        assertThat(pdf.fileName()).startsWith("nc").endsWith(".pdf");
        assertThat(new String(pdf.content(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(new String(gateway.download(note.number(), DocumentFile.Format.XML).content(),
                StandardCharsets.UTF_8)).contains(note.uniqueCode());
        gateway.sendEmail(note.number(), "cliente@example.com");
        assertThat(control.outbox()).contains("cliente@example.com");
    }

    @Test
    void mapsTheCorrectionConceptsToTheDianCodes() {
        assertThat(List.of(CreditNoteConcept.values()).stream().map(FactusCreditNotePayload::correctionConceptCode))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void failuresAreOurExceptions() {
        ProviderDocument bill = bills.issue(Invoices.request("REF-1"));
        assertThatThrownBy(() -> gateway.issue(creditNote(bill.number(), "NC-1", "ZZ")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("numbering_range_prefix"));
        assertThatThrownBy(() -> gateway.issue(creditNote("SETP1", "NC-2", "NC")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gateway.download("NC404", DocumentFile.Format.PDF)).isInstanceOf(NotFoundException.class);
        gateway.issue(creditNote(bill.number(), "NC-3", "nc"));
        assertThatThrownBy(() -> gateway.issue(creditNote(bill.number(), "NC-3", null)))
                .isInstanceOf(RuntimeException.class);
        control.fault(validateRoute(), "\"type\":\"status\",\"status\":503,\"count\":1");
        assertThatThrownBy(() -> gateway.issue(creditNote(bill.number(), "NC-4", null)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind())
                        .isEqualTo(UpstreamException.Kind.UNAVAILABLE));
    }

    private String validateRoute() {
        return "POST /" + version.code() + "/credit-notes/validate";
    }

    private static CreditNoteRequest creditNote(String invoice, String reference, String prefix) {
        return new CreditNoteRequest(invoice, CreditNoteConcept.DISCOUNT, reference, prefix, "Descuento", false,
                Invoices.request("X").items());
    }
}
