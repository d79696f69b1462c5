package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import co.factusapi.domain.tenant.ApiVersion;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the Factus adapter of ONE Factus account (one tenant) around one pooled keep-alive HTTP client (at most {@code maxConnections} sockets, never a
 * connection per call as the original did). Validation gets its own, longer read timeout. No automatic HTTP retries:
 * a POST that may have reached Factus is never resent blindly; {@link FactusResilience} retries idempotent calls
 * only, and its circuit breaker and bulkhead are shared by every call to this account.
 */
public final class FactusAdapterFactory implements AutoCloseable {
    private final CloseableHttpClient httpClient;
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final DocumentProvider<InvoiceRequest> invoices;
    private final DocumentProvider<CreditNoteRequest> creditNotes;
    private final DocumentProvider<DebitNoteRequest> debitNotes;
    private final DocumentProvider<SupportDocumentRequest> supportDocuments;
    private final DocumentProvider<AdjustmentNoteRequest> adjustmentNotes;
    private final InvoiceEventsGateway invoiceEvents;
    private final CompanyGateway company;
    private final NumberingRangeGateway numberingRanges;
    private final ReferenceDataGateway referenceData;
    private final ProviderQuota quota;

    public FactusAdapterFactory(FactusSettings settings, Clock clock, MeterRegistry meters) {
        this(settings, clock, meters, () -> null, FactusPacer.UNLIMITED);
    }

    /**
     * {@code callerToken}: a Factus token the current caller brought, used instead of the managed session;
     * {@code pacer} keeps the calls within the account's allowance.
     */
    public FactusAdapterFactory(FactusSettings settings, Clock clock, MeterRegistry meters,
                                Supplier<String> callerToken, FactusPacer pacer) {
        this(settings, ApiVersion.V1, clock, meters, callerToken, pacer);
    }

    /**
     * {@code version}: the Factus API the account speaks. It decides how bills, credit notes, support documents and
     * adjustment notes travel (v2: {@code /v2/...} with the {@code FactusV2*Payload} builders), and the company
     * ({@link FactusV2CompanyGateway}), numbering ranges (also where the catalogue finds a prefix's range id) and the
     * acquirer lookup; debit notes exist only in v2; RADIAN events and the reference catalogues keep their v1 paths
     * (docs/factus-upstream.md §15).
     */
    public FactusAdapterFactory(FactusSettings settings, ApiVersion version, Clock clock, MeterRegistry meters,
                                Supplier<String> callerToken, FactusPacer pacer) {
        this(settings, version, clock, meters, callerToken, pacer, InstanceCoordination.NONE);
    }

    /** {@code coordination}: how this account's adapters in the deployment's instances share its session and turns. */
    public FactusAdapterFactory(FactusSettings settings, ApiVersion version, Clock clock, MeterRegistry meters,
                                Supplier<String> callerToken, FactusPacer pacer, InstanceCoordination coordination) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        this.httpClient = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        JsonMapper json = JsonMapper.builder().build();
        FactusResilience resilience = new FactusResilience(settings.clientId(), settings.resilience(), meters, pacer);
        FactusTransport normal = new FactusTransport(restClient(settings.readTimeout()), json, meters, resilience);
        FactusTransport slow = new FactusTransport(restClient(settings.validateTimeout()), json, meters, resilience);
        FactusSession session = new FactusSession(normal, settings, clock, coordination.tokens());
        this.client = new FactusClient(normal, slow, session, settings.baseUrl(), callerToken);
        this.catalog = new FactusCatalog(client, version, settings.catalogTtl());
        ValidateSerializer validates =
                new ValidateSerializer(settings.validateTimeout(), Duration.ofSeconds(5), Duration.ofMillis(50),
                        coordination.turns());
        this.invoices = bills(version, client, catalog, validates);
        this.creditNotes = creditNotes(version, client, catalog, validates);
        // Debit notes exist only in v2, so every account sends them there, reading their bill there too.
        this.debitNotes = new FactusDocumentProvider<>(client, FactusEndpoints.DEBIT_NOTES,
                new FactusDebitNotePayload(catalog::rangeId, v2Bills(client))::of, validates);
        this.supportDocuments = switch (version) {
            case V1 -> new FactusDocumentProvider<>(client, FactusEndpoints.SUPPORT_DOCUMENTS,
                    new FactusSupportDocumentPayload(catalog)::of, validates);
            case V2 -> new FactusDocumentProvider<>(client, FactusEndpoints.SUPPORT_DOCUMENTS_V2,
                    new FactusV2SupportDocumentPayload(catalog::rangeId)::of, validates);
        };
        this.adjustmentNotes = switch (version) {
            case V1 -> new FactusDocumentProvider<>(client, FactusEndpoints.ADJUSTMENT_NOTES,
                    new FactusAdjustmentNotePayload(client, catalog)::of, validates);
            case V2 -> new FactusDocumentProvider<>(client, FactusEndpoints.ADJUSTMENT_NOTES_V2,
                    new FactusV2AdjustmentNotePayload(catalog::rangeId, number -> FactusDocumentProvider.shown(
                            client, FactusEndpoints.SUPPORT_DOCUMENTS_V2, number))::of, validates);
        };
        this.invoiceEvents = new FactusInvoiceEvents(client, switch (version) {
            case V1 -> FactusInvoiceEvents.V1_PATH;
            case V2 -> FactusInvoiceEvents.V2_PATH;
        });
        this.company = switch (version) {
            case V1 -> new FactusCompanyGateway(client);
            case V2 -> new FactusV2CompanyGateway(client);
        };
        this.numberingRanges = new FactusNumberingRangeGateway(client, catalog, switch (version) {
            case V1 -> FactusNumberingRangeGateway.V1_PATH;
            case V2 -> FactusNumberingRangeGateway.V2_PATH;
        });
        this.referenceData = new FactusReferenceData(client, catalog, version);
        this.quota = switch (version) {
            case V1 -> FactusSubscriptions.NONE;
            case V2 -> new FactusSubscriptions(client);
        };
    }

    static FactusDocumentProvider<InvoiceRequest> bills(ApiVersion version, FactusClient client, FactusCatalog catalog,
                                                        ValidateSerializer validates) {
        return switch (version) {
            case V1 -> new FactusDocumentProvider<>(client, FactusEndpoints.BILLS, new FactusBillPayload(catalog)::of,
                    validates);
            case V2 -> new FactusDocumentProvider<>(client, FactusEndpoints.BILLS_V2,
                    new FactusV2BillPayload(catalog::rangeId)::of, validates);
        };
    }

    static FactusDocumentProvider<CreditNoteRequest> creditNotes(ApiVersion version, FactusClient client,
                                                                 FactusCatalog catalog, ValidateSerializer validates) {
        return switch (version) {
            case V1 -> new FactusDocumentProvider<>(client, FactusEndpoints.CREDIT_NOTES,
                    new FactusCreditNotePayload(client, catalog)::of, validates);
            case V2 -> new FactusDocumentProvider<>(client, FactusEndpoints.CREDIT_NOTES_V2,
                    new FactusV2CreditNotePayload(catalog::rangeId, v2Bills(client))::of, validates);
        };
    }

    /** What a v2 note that corrects a bill reads of it (its payment): {@code GET /v2/bills/{number}}. */
    private static Function<String, JsonNode> v2Bills(FactusClient client) {
        return number -> FactusDocumentProvider.shown(client, FactusEndpoints.BILLS_V2, number);
    }

    public DocumentProvider<InvoiceRequest> invoices() {
        return invoices;
    }

    public DocumentProvider<CreditNoteRequest> creditNotes() {
        return creditNotes;
    }

    public DocumentProvider<DebitNoteRequest> debitNotes() {
        return debitNotes;
    }

    public DocumentProvider<SupportDocumentRequest> supportDocuments() {
        return supportDocuments;
    }

    public DocumentProvider<AdjustmentNoteRequest> adjustmentNotes() {
        return adjustmentNotes;
    }

    public InvoiceEventsGateway invoiceEvents() {
        return invoiceEvents;
    }

    public CompanyGateway company() {
        return company;
    }

    public NumberingRangeGateway numberingRanges() {
        return numberingRanges;
    }

    public ReferenceDataGateway referenceData() {
        return referenceData;
    }

    /** The account's document quota: {@code GET /v2/subscriptions} on v2, nothing on v1. */
    public ProviderQuota quota() {
        return quota;
    }

    public FactusClient client() {
        return client;
    }

    FactusCatalog catalog() {
        return catalog;
    }

    private RestClient restClient(Duration readTimeout) {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public void close() {
        httpClient.close(CloseMode.GRACEFUL);
    }
}
