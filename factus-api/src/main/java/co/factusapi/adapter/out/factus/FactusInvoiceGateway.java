package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.EInvoicingGateway;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** {@link EInvoicingGateway} over the Factus v1 bills API. */
public final class FactusInvoiceGateway implements EInvoicingGateway {
    private static final int MAX_LOOKUP_PAGES = 20;
    private final FactusClient client;
    private final FactusBillPayload payload;
    private final ValidateSerializer validates;

    public FactusInvoiceGateway(FactusClient client, FactusCatalog catalog, ValidateSerializer validates) {
        this.client = client;
        this.payload = new FactusBillPayload(catalog);
        this.validates = validates;
    }

    @Override
    public ProviderDocument issue(InvoiceRequest request) {
        Map<String, Object> body = payload.of(request);
        return FactusBills.issued(ok(validates.validate(() -> client.sendSlow("bills.validate", "/v1/bills/validate", body)))
                .path("data"));
    }

    /** Factus filters reference codes with a partial match (contract §3.2), so we compare exactly here. */
    @Override
    public Optional<ProviderDocument> findByReference(String referenceCode) {
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_LOOKUP_PAGES; page++) {
            JsonNode body = ok(client.get("bills.list", "/v1/bills",
                    Map.of("filter[reference_code]", referenceCode, "page", Integer.toString(page))));
            for (JsonNode row : body.path("data").path("data")) {
                if (referenceCode.equals(row.path("reference_code").asString(null))) {
                    return Optional.of(show(row.path("number").asString()));
                }
            }
            lastPage = body.path("data").path("pagination").path("last_page").asInt(1);
        }
        return Optional.empty();
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        boolean pdf = format == DocumentFile.Format.PDF;
        JsonNode data = ok(client.get(pdf ? "bills.download-pdf" : "bills.download-xml",
                pdf ? "/v1/bills/download-pdf/{number}" : "/v1/bills/download-xml/{number}", Map.of(), number)).path("data");
        return FactusBills.file(data, number, format);
    }

    @Override
    public List<InvoiceEvent> events(String number) {
        JsonNode data = ok(client.get("bills.events", "/v1/bills/{number}/radian/events", Map.of(), number)).path("data");
        List<InvoiceEvent> events = new ArrayList<>();
        for (JsonNode event : data) {
            events.add(new InvoiceEvent(event.path("number").asString(null), event.path("cude").asString(null),
                    event.path("event_code").asString(null), event.path("event_name").asString(null),
                    event.path("effective_date").asString(null), event.path("effective_time").asString(null)));
        }
        return events;
    }

    @Override
    public void sendEmail(String number, String email) {
        ok(client.send("bills.send-email", HttpMethod.POST, "/v1/bills/send-email/{number}", Map.of("email", email), number));
    }

    @Override
    public void deleteUnvalidated(String referenceCode) {
        ok(client.send("bills.destroy", HttpMethod.DELETE, "/v1/bills/destroy/reference/{reference}", null, referenceCode));
    }

    private ProviderDocument show(String number) {
        return FactusBills.issued(ok(client.get("bills.show", "/v1/bills/show/{number}", Map.of(), number)).path("data"));
    }

    static JsonNode ok(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return response.body();
    }
}
