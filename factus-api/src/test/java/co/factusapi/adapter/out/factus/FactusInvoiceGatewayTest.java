package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Factus adapter against a real HTTP Factus: the emulator, with its fault injection. Once per API version: the
 * same canonical invoices, the same results and the same reliability properties through {@code /v1} and {@code /v2}.
 */
@ParameterizedClass(name = "Factus {0}")
@EnumSource(ApiVersion.class)
class FactusInvoiceGatewayTest {
    /** A short 409 retry budget: a blocked account must still surface as CONFLICT once the budget is spent. */
    private static final ValidateSerializer VALIDATES = new ValidateSerializer(Duration.ofSeconds(5),
            Duration.ofMillis(300), Duration.ofMillis(20));
    private static FactusEmulator emulator;
    private static EmulatorControl control;
    @Parameter
    private ApiVersion version;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private FactusAdapterFactory factory;
    private FactusDocumentProvider<InvoiceRequest> gateway;

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
        factory = factory(emulator.credentials(), Duration.ofSeconds(5));
        gateway = Providers.bills(version, factory, VALIDATES);
    }

    @AfterEach
    void disconnect() throws Exception {
        factory.close();
    }

    @Test
    void issuesAnInvoiceValidatedByDian() {
        ProviderDocument issued = gateway.issue(Invoices.request("REF-1"));
        assertThat(issued.validated()).isTrue();
        assertThat(issued.number()).startsWith("SETP");
        assertThat(issued.prefix()).isEqualTo("SETP");
        assertThat(issued.uniqueCode()).matches("[0-9a-f]{96}");
        assertThat(issued.qrUrl()).endsWith("documentkey=" + issued.uniqueCode());
        // 2 x 11900.00 with 19 % IVA included: base 20000.00 + tax 3800.00 (docs/factus-upstream.md §3.4)
        assertThat(issued.totals().grossValue()).isEqualByComparingTo("20000.00");
        assertThat(issued.totals().taxAmount()).isEqualByComparingTo("3800.00");
        assertThat(issued.totals().total()).isEqualByComparingTo("23800.00");
    }

    @Test
    void oneTokenAndOneCatalogueFetchServeManyInvoices() {
        for (int i = 0; i < 5; i++) {
            gateway.issue(Invoices.request("REF-" + i));
        }
        assertThat(emulator.counters().tokensIssued()).isEqualTo(1);
        assertThat(control.requests(route("POST /v1/bills/validate"))).isEqualTo(5);
        assertThat(control.requests(route("GET /v1/numbering-ranges"))).isEqualTo(1);
        // v1 bills carry Factus ids for municipalities and units; v2 bills carry DIAN codes and need no catalogue.
        int catalogueFetches = version == ApiVersion.V1 ? 1 : 0;
        assertThat(control.requests("GET /v1/municipalities")).isEqualTo(catalogueFetches);
        assertThat(control.requests("GET /v1/measurement-units")).isEqualTo(catalogueFetches);
        assertThat(emulator.counters().connectionsAccepted()).isLessThanOrEqualTo(2);
        assertThat(meters.get("factus.client.requests").tag("operation", "bills.validate").tag("outcome", "success")
                .timer().count()).isEqualTo(5);
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallRetried() {
        gateway.issue(Invoices.request("REF-1"));
        control.expireTokens();
        ProviderDocument second = gateway.issue(Invoices.request("REF-2"));
        assertThat(second.validated()).isTrue();
        assertThat(emulator.counters().tokensIssued()).isEqualTo(2);
        assertThat(control.requests(route("POST /v1/bills/validate"))).isEqualTo(3);
    }

    @Test
    void aTokenCloseToExpiryIsRefreshedBeforeFactusWouldRefuseIt() throws Exception {
        MutableClock clock = new MutableClock(java.time.Instant.now());
        FactusSettings settings = EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5), 8, null);
        try (FactusAdapterFactory clocked = new FactusAdapterFactory(settings, version, clock, meters, () -> null, FactusPacer.UNLIMITED)) {
            FactusDocumentProvider<InvoiceRequest> timed = Providers.bills(version, clocked, VALIDATES);
            timed.findByReference("first");
            clock.advance(Duration.ofSeconds(3600 - 59));
            timed.findByReference("second");
            assertThat(emulator.counters().tokensIssued()).isEqualTo(2);
            assertThat(control.requests("POST /oauth/token")).isEqualTo(2);
            // No call met a 401: the renewal happened ahead of expiry, not as a retry.
            assertThat(control.requests(route("GET /v1/bills"))).isEqualTo(2);
        }
    }

    @Test
    void concurrentCallersShareOneRenewal() throws Exception {
        gateway.findByReference("warm-up");
        control.expireTokens();
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> gateway.findByReference("nothing"));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Object> result : pool.invokeAll(calls)) {
                result.get();
            }
        }
        assertThat(emulator.counters().tokensIssued()).isEqualTo(2);
    }

    @Test
    void wrongCredentialsAreOurProblemNotTheCallers() throws Exception {
        FactusAdapterFactory wrong = factory(new EmulatorCredentials("factus-emulator-client", "wrong-secret",
                "sandbox@factus-emulator.local", "emulator-password"), Duration.ofSeconds(5));
        try (wrong) {
            UpstreamException e = catchThrowableOfType(UpstreamException.class,
                    () -> Providers.bills(version, wrong, VALIDATES).issue(Invoices.request("REF-1")));
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.BAD_CREDENTIALS);
            assertThat(e.getMessage()).doesNotContain("wrong-secret");
        }
    }

    @Test
    void factusFailuresAreSortedIntoUnavailableTimeoutAndRejected() {
        control.fault(route("POST /v1/bills/validate"), "\"type\":\"status\",\"status\":503,\"count\":1");
        assertThat(kindOf("REF-503")).isEqualTo(UpstreamException.Kind.UNAVAILABLE);

        control.fault(route("POST /v1/bills/validate"), "\"type\":\"status\",\"status\":429,\"count\":1");
        assertThat(kindOf("REF-429")).isEqualTo(UpstreamException.Kind.UNAVAILABLE);

        control.fault(route("POST /v1/bills/validate"), "\"type\":\"reset\",\"count\":1");
        assertThat(kindOf("REF-RESET")).isEqualTo(UpstreamException.Kind.TIMEOUT);

        // A field validation answer names v1's Factus id or v2's DIAN code field; both become our field.
        String field = version == ApiVersion.V1 ? "items.0.tribute_id" : "customer.identification_document_code";
        control.fault(route("POST /v1/bills/validate"), "\"type\":\"status\",\"status\":422,\"count\":1,\"body\":"
                + "{\"status\":\"Validation error\",\"message\":\"Error de validación\",\"data\":{\"errors\":"
                + "{\"" + field + "\":[\"El campo " + field + " es inválido.\"]}}}");
        UpstreamException rejected = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request("REF-422")));
        assertThat(rejected.kind()).isEqualTo(UpstreamException.Kind.REJECTED);
        assertThat(rejected.violations()).containsExactly(
                new FieldViolation(version == ApiVersion.V1 ? "items[0].tribute" : "customer.document_type",
                        "El campo " + field + " es inválido."));
    }

    @Test
    void acceptThenHangTimesOutButTheInvoiceCanBeFoundByReference() throws Exception {
        FactusAdapterFactory impatient = factory(emulator.credentials(), Duration.ofMillis(700));
        try (impatient) {
            FactusDocumentProvider<InvoiceRequest> hurried = Providers.bills(version, impatient, VALIDATES);
            gateway.issue(Invoices.request("REF-10"));
            control.fault(route("POST /v1/bills/validate"), "\"type\":\"hang\",\"count\":1,\"hang_millis\":3000");
            UpstreamException e = catchThrowableOfType(UpstreamException.class, () -> hurried.issue(Invoices.request("REF-1")));
            assertThat(e.kind()).isEqualTo(UpstreamException.Kind.TIMEOUT);
            assertThat(gateway.findByReference("REF-1")).hasValueSatisfying(held -> {
                assertThat(held.validated()).isTrue();
                assertThat(held.uniqueCode()).matches("[0-9a-f]{96}");
            });
            assertThat(gateway.findByReference("REF-1").orElseThrow().number())
                    .isNotEqualTo(gateway.findByReference("REF-10").orElseThrow().number());
            assertThat(gateway.findByReference("REF-")).isEmpty();
        }
    }

    @Test
    void aDianRejectionBlocksTheAccountUntilTheBillIsDeleted() {
        control.rejectNext(1);
        UpstreamException rejected = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request("REF-1")));
        assertThat(rejected.kind()).isEqualTo(UpstreamException.Kind.DIAN_REJECTED);
        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("FAK24");
        assertThat(rejected.violations().getFirst().message()).contains("Rechazo");

        UpstreamException blocked = catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request("REF-2")));
        assertThat(blocked.kind()).isEqualTo(UpstreamException.Kind.CONFLICT);

        gateway.deleteUnvalidated("REF-1");
        assertThat(gateway.issue(Invoices.request("REF-2")).validated()).isTrue();
        assertThatThrownBy(() -> gateway.deleteUnvalidated("REF-2")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> gateway.deleteUnvalidated("NEVER-SENT")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void codesUnknownToTheAccountAreCallerErrorsWithTheirPath() {
        Customer elsewhere = new Customer(IdentificationType.CC, "1137624282", null, null, null, "Ana", null, null,
                null, "99999", OrganizationType.PERSON, CustomerTribute.ZZ);
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> gateway.issue(Invoices.request("REF-1", elsewhere)));
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("customer.municipality_code");
        assertThat(control.requests(route("POST /v1/bills/validate"))).isZero();
    }

    @Test
    void documentsEventsAndEmail() {
        ProviderDocument issued = gateway.issue(Invoices.request("REF-1"));
        DocumentFile pdf = gateway.download(issued.number(), DocumentFile.Format.PDF);
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).endsWith(".pdf");
        DocumentFile xml = gateway.download(issued.number(), DocumentFile.Format.XML);
        assertThat(new String(xml.content(), StandardCharsets.UTF_8)).contains(issued.uniqueCode());

        control.addEvent(issued.number(), "030");
        assertThat(events().events(issued.number())).singleElement()
                .satisfies(event -> assertThat(event.eventCode()).isEqualTo("030"));

        gateway.sendEmail(issued.number(), "cliente@example.com");
        assertThat(control.outbox()).contains("cliente@example.com").contains(issued.number());
    }

    @Test
    void pathVariablesAreEncodedSoTheyCannotInjectAQuery() {
        gateway.issue(Invoices.request("REF-1"));
        assertThatThrownBy(() -> gateway.download("SETP990000001?x=1", DocumentFile.Format.PDF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> events().events("../../company")).isInstanceOf(FactusApiException.class);
        assertThat(control.requests("GET /v1/company") + control.requests("GET /v2/companies")).isZero();
    }

    private UpstreamException.Kind kindOf(String reference) {
        return catchThrowableOfType(UpstreamException.class, () -> gateway.issue(Invoices.request(reference))).kind();
    }

    @Test
    void overlappingValidatesOfTwoInstancesNeverSurfaceTheFactus409() throws Exception {
        control.call("PUT", "/__emulator/config", "{\"overlap_conflict\":true}");
        control.call("PUT", "/__emulator/latency", "{\"endpoint\":\"" + route("POST /v1/bills/validate") + "\",\"millis\":40}");
        ValidateSerializer patient = new ValidateSerializer(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(20));
        List<FactusDocumentProvider<InvoiceRequest>> instances = List.of(
                Providers.bills(version, factory, patient),
                Providers.bills(version, factory, new ValidateSerializer(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(20))));
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<ProviderDocument>> issued = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                FactusDocumentProvider<InvoiceRequest> instance = instances.get(i % 2);
                String reference = "OVERLAP-" + i;
                issued.add(clients.submit(() -> instance.issue(Invoices.request(reference))));
            }
            for (Future<ProviderDocument> invoice : issued) {
                assertThat(invoice.get().validated()).isTrue();
            }
        } finally {
            control.call("PUT", "/__emulator/config", "{\"overlap_conflict\":false}");
            control.call("DELETE", "/__emulator/latency", null);
        }
        assertThat(emulator.counters().invoicesCreated()).isEqualTo(16);
        assertThat(control.requests(route("POST /v1/bills/validate"))).isGreaterThan(16);
    }

    private FactusAdapterFactory factory(EmulatorCredentials credentials, Duration validateTimeout) {
        return new FactusAdapterFactory(EmulatorSettings.of(emulator, credentials, validateTimeout, 8, null),
                version, Clock.systemUTC(), meters, () -> null, FactusPacer.UNLIMITED);
    }

    /** An emulator route of v1 as the version under test spells it. */
    private String route(String v1Route) {
        return switch (version) {
            case V1 -> v1Route;
            case V2 -> v1Route.replace("/v1/", "/v2/");
        };
    }

    private FactusInvoiceEvents events() {
        return new FactusInvoiceEvents(factory.client(), switch (version) {
            case V1 -> FactusInvoiceEvents.V1_PATH;
            case V2 -> FactusInvoiceEvents.V2_PATH;
        });
    }
}
