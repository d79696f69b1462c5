package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EmulatorControl;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A v2 account's lookups come from the static tables Factus v2 publishes (contract §10.5), shipped in the jar: no
 * upstream call, DANE codes and names as published; a v1 account still reads its v1 catalogue endpoints.
 */
class FactusV2ReferenceTablesTest {
    private static FactusEmulator emulator;
    private static EmulatorControl control;

    @BeforeAll
    static void startEmulator() {
        emulator = FactusEmulator.start(0);
        control = new EmulatorControl(emulator);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void aV2AccountReadsThePublishedTablesWithoutCallingFactus() throws Exception {
        try (FactusAdapterFactory v2 = factory(ApiVersion.V2)) {
            ReferenceDataGateway lookups = v2.referenceData();

            List<Municipality> municipalities = lookups.municipalities();
            assertThat(municipalities).hasSize(1122).extracting(Municipality::code).doesNotHaveDuplicates()
                    .allMatch(code -> code.matches("\\d{5}"));
            assertThat(municipalities).contains(new Municipality("68679", "San Gil", "Santander"),
                    new Municipality("11001", "Bogotá, D.c.", "Bogota- D.c."));
            assertThat(lookups.countries()).hasSize(249).contains(new Country("CO", "Colombia"));
            assertThat(lookups.measurementUnits()).extracting(MeasurementUnit::code).doesNotHaveDuplicates()
                    .contains("94", "KGM", "LBR", "MTR", "LTR", "HUR", "DAY", "KWH", "NIU", "ZZ")
                    .noneMatch(code -> code.contains(" ") || code.contains("ª") || code.equals("ÉL"));
            assertThat(lookups.productTaxes()).extracting(ProductTax::code).containsExactly("01", "04", "35");
        }
        assertThat(control.requests("POST /oauth/token")).isZero();
        assertThat(emulator.counters().tokensIssued()).isZero();
    }

    @Test
    void aV1AccountStillReadsItsCatalogueEndpoints() throws Exception {
        try (FactusAdapterFactory v1 = factory(ApiVersion.V1)) {
            assertThat(v1.referenceData().municipalities()).extracting(Municipality::code).contains("68679");
        }
        assertThat(control.requests("GET /v1/municipalities")).isEqualTo(1);
    }

    private static FactusAdapterFactory factory(ApiVersion version) {
        emulator.reset();
        return new FactusAdapterFactory(EmulatorSettings.of(emulator, emulator.credentials(), Duration.ofSeconds(5),
                4, null), version, Clock.systemUTC(), new SimpleMeterRegistry(), () -> null, FactusPacer.UNLIMITED);
    }
}
