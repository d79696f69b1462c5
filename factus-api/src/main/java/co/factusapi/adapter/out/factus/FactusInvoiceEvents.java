package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The RADIAN events of a bill (docs/factus-upstream.md §3.13). v2 keeps v1's answer, a list of
 * {@code {number, cude, event_code, event_name, effective_date, effective_time}}, under its own path (v2 contract §6.2).
 */
public final class FactusInvoiceEvents implements InvoiceEventsGateway {
    static final String V1_PATH = "/v1/bills/{number}/radian/events";
    static final String V2_PATH = "/v2/bills/{number}/radian/events";

    private final FactusClient client;
    private final String path;

    public FactusInvoiceEvents(FactusClient client, String path) {
        this.client = client;
        this.path = path;
    }

    @Override
    public List<InvoiceEvent> events(String invoiceNumber) {
        JsonNode data = FactusDocumentProvider.ok(client.get("bills.events", path,
                Map.of(), invoiceNumber)).path("data");
        List<InvoiceEvent> events = new ArrayList<>();
        for (JsonNode event : data) {
            events.add(new InvoiceEvent(event.path("number").asString(null), event.path("cude").asString(null),
                    event.path("event_code").asString(null), event.path("event_name").asString(null),
                    event.path("effective_date").asString(null), event.path("effective_time").asString(null)));
        }
        return events;
    }
}
