package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.InvoiceEventsGateway;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The RADIAN events of a bill (docs/factus-upstream.md §3.13). */
public final class FactusInvoiceEvents implements InvoiceEventsGateway {
    private final FactusClient client;

    public FactusInvoiceEvents(FactusClient client) {
        this.client = client;
    }

    @Override
    public List<InvoiceEvent> events(String invoiceNumber) {
        JsonNode data = FactusDocumentProvider.ok(client.get("bills.events", "/v1/bills/{number}/radian/events",
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
