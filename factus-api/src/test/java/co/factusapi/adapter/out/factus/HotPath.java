package co.factusapi.adapter.out.factus;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.domain.invoice.InvoiceRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own work on an invoice between the HTTP layers (bench/jmh.sh, issue 17): the caller's JSON read into
 * the web body as Spring's mapper reads it (application.yml's {@code spring.jackson} settings), the domain request
 * built and validated, and the Factus v1 body mapped and written. The catalogue (range, municipality and unit ids)
 * comes from an emulator once, then from its cache, as in production.
 */
final class HotPath implements AutoCloseable {
    private static final JsonMapper API = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final JsonMapper UPSTREAM = JsonMapper.builder().build();

    private final FactusEmulator emulator;
    private final FactusBillPayload bills;

    private HotPath(FactusEmulator emulator, FactusBillPayload bills) {
        this.emulator = emulator;
        this.bills = bills;
    }

    static HotPath start() {
        FactusEmulator emulator = FactusEmulator.start(EmulatorOptions.defaults().withPort(0));
        FactusAdapterFactory factory = new FactusAdapterFactory(EmulatorSettings.of(emulator, emulator.credentials(),
                Duration.ofSeconds(5), 4, null), Clock.systemUTC(), new SimpleMeterRegistry());
        return new HotPath(emulator, new FactusBillPayload(factory.catalog()));
    }

    /** Caller's JSON in, the validated domain request, Factus's JSON out. */
    byte[] issue(byte[] request) {
        InvoiceRequest invoice = InvoiceRequestMapper.toDomain(API.readValue(request, InvoiceRequestBody.class));
        return UPSTREAM.writeValueAsBytes(bills.of(invoice));
    }

    @Override
    public void close() {
        emulator.close();
    }
}
