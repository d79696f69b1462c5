package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.tenant.DocumentQuota;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v2/subscriptions} read into a quota (contract §10.3), and the per-tenant gauges fed from it. */
class FactusSubscriptionsTest {
    private static JsonNode json(String text) {
        return FactusV2BillPayloadTest.JSON.readTree(text);
    }

    @Test
    void theContractsUnlimitedExampleIsAnUnlimitedQuotaWithItsExpiry() {
        JsonNode body = json("""
                {"status": "OK", "message": "Solicitud exitosa", "data": [ { "name": "Facturación",
                  "supported_document_types": [ "Factura de Venta", "Nota Crédito", "Nota Débito", "Documento Soporte",
                    "Nota de Ajuste Documento Soporte" ],
                  "documents_quota": 0, "documents_consumed": 0, "documents_available": "Ilimitado",
                  "days_until_expiration": 365, "activated_at": "2025-12-10T00:00:00Z",
                  "expires_at": "2026-12-10T00:00:00Z", "has_expired": false, "is_active": true,
                  "has_unlimited_quota": true } ]}""");

        assertThat(FactusSubscriptions.read(body))
                .contains(new DocumentQuota(0L, null, true, LocalDate.parse("2026-12-10")));
    }

    @Test
    void aCountedPlanIsReadFromTheInvoicingGroupNotPayroll() {
        JsonNode body = json("""
                {"data": [
                  { "name": "Nómina", "supported_document_types": ["Nómina"], "documents_consumed": 3,
                    "documents_available": 997, "expires_at": "2027-01-01T00:00:00Z", "has_unlimited_quota": false },
                  { "name": "Facturación", "supported_document_types": ["Factura de Venta"], "documents_quota": 500,
                    "documents_consumed": "120", "documents_available": "380", "expires_at": "2026-06-30T00:00:00Z",
                    "has_unlimited_quota": false } ]}""");

        assertThat(FactusSubscriptions.read(body))
                .contains(new DocumentQuota(120L, 380L, false, LocalDate.parse("2026-06-30")));
    }

    @Test
    void anAnswerWithoutAQuotaIsNoQuotaNeverAnError() {
        for (String text : new String[] {"{}", "{\"data\": []}", "{\"data\": \"<html>\"}", "{\"data\": [{\"x\": 1}]}",
                "{\"data\": [{\"documents_consumed\": {\"n\": 1}, \"expires_at\": \"soon\"}]}"}) {
            assertThat(FactusSubscriptions.read(json(text))).as(text).isEmpty();
        }
        assertThat(FactusSubscriptions.read(tools.jackson.databind.node.MissingNode.getInstance())).isEmpty();
    }

    @Test
    void theGaugesReadTheLastQuotaOfEachTenantAndAFailingProviderLeavesTheQuotaOut() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Clock clock = Clock.fixed(Instant.parse("2026-06-20T12:00:00Z"), ZoneOffset.UTC);
        AtomicReference<Optional<DocumentQuota>> answer = new AtomicReference<>(
                Optional.of(new DocumentQuota(120L, 380L, false, LocalDate.parse("2026-06-30"))));
        ProviderQuota provider = () -> {
            if (answer.get() == null) {
                throw UpstreamException.unavailable("down", null, null);
            }
            return answer.get();
        };
        FactusQuotaGauges gauges = new FactusQuotaGauges(provider, meters, clock);
        UUID tenant = UUID.randomUUID();

        assertThat(ActingTenant.call(tenant, gauges::documentQuota)).isPresent();
        assertThat(meters.get("factus.quota.documents.remaining").tag("tenant", tenant.toString()).gauge().value())
                .isEqualTo(380.0);
        assertThat(meters.get("factus.quota.expires.days").tag("tenant", tenant.toString()).gauge().value())
                .isEqualTo(10.0);

        answer.set(Optional.of(new DocumentQuota(121L, null, true, null)));
        ActingTenant.call(tenant, gauges::documentQuota);
        assertThat(meters.get("factus.quota.documents.remaining").tag("tenant", tenant.toString()).gauge().value())
                .isNaN();
        assertThat(meters.find("factus.quota.documents.remaining").gauges()).hasSize(1);

        answer.set(null);
        assertThat(ActingTenant.call(tenant, gauges::documentQuota)).isEmpty();
        assertThat(meters.get("factus.quota.documents.remaining").gauge().getId().getTags())
                .extracting(io.micrometer.core.instrument.Tag::getKey).containsExactly("tenant");
    }
}
