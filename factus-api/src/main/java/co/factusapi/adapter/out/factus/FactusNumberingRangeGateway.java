package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * {@code /v1/numbering-ranges} (docs/factus-upstream.md §8). The list is paginated and names the document ("Factura de Venta"),
 * the show endpoint gives its code ("21"); both are read. Every change invalidates the invoice flow's range cache.
 */
public final class FactusNumberingRangeGateway implements NumberingRangeGateway {
    private static final int MAX_PAGES = 50;
    private final FactusClient client;
    private final FactusCatalog catalog;

    public FactusNumberingRangeGateway(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    @Override
    public List<NumberingRange> list(RangeFilter filter) {
        return allPages(client, query(filter)).stream().map(FactusNumberingRangeGateway::range).toList();
    }

    /** Every page of the list: the original read only the first one. */
    static List<JsonNode> allPages(FactusClient client, Map<String, String> filters) {
        List<JsonNode> ranges = new ArrayList<>();
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>(filters);
            query.put("page", Integer.toString(page));
            FactusResponse response = ok(client.get("numbering-ranges.list", "/v1/numbering-ranges", query), 0);
            response.dataItems().forEach(ranges::add);
            lastPage = response.body().path("data").path("pagination").path("last_page").asInt(1);
        }
        return ranges;
    }

    @Override
    public List<SoftwareRange> software() {
        FactusResponse response = ok(client.get("numbering-ranges.software", "/v1/numbering-ranges/dian", Map.of()), 0);
        List<SoftwareRange> ranges = new ArrayList<>();
        response.dataItems().forEach(item -> ranges.add(new SoftwareRange(FactusValues.text(item, "resolution_number"),
                FactusValues.text(item, "prefix"), FactusValues.number(item, "from"), FactusValues.number(item, "to"),
                FactusValues.date(item, "start_date"), FactusValues.date(item, "end_date"),
                FactusValues.text(item, "technical_key"))));
        return List.copyOf(ranges);
    }

    @Override
    public NumberingRange get(long id) {
        return single(ok(client.get("numbering-ranges.get", "/v1/numbering-ranges/{id}", Map.of(), id), id));
    }

    @Override
    public NumberingRange create(NewNumberingRange range) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", range.document().dianCode());
        body.put("prefix", range.prefix());
        body.put("current", range.current());
        if (range.resolutionNumber() != null) {
            body.put("resolution_number", range.resolutionNumber());
        }
        FactusResponse response = client.send("numbering-ranges.create", HttpMethod.POST, "/v1/numbering-ranges", body);
        catalog.invalidateRanges();
        return single(ok(response, 0));
    }

    @Override
    public NumberingRange updateCurrent(long id, long current) {
        FactusResponse response = client.send("numbering-ranges.update", HttpMethod.PATCH,
                "/v1/numbering-ranges/{id}/current", Map.of("current", current), id);
        catalog.invalidateRanges();
        return single(ok(response, id));
    }

    @Override
    public void delete(long id) {
        FactusResponse response = client.send("numbering-ranges.delete", HttpMethod.DELETE,
                "/v1/numbering-ranges/{id}", null, id);
        catalog.invalidateRanges();
        ok(response, id);
    }

    private static Map<String, String> query(RangeFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        if (filter.id() != null) {
            query.put("filter[id]", filter.id().toString());
        }
        if (filter.document() != null) {
            query.put("filter[document]", filter.document().dianCode());
        }
        if (filter.resolutionNumber() != null) {
            query.put("filter[resolution_number]", filter.resolutionNumber());
        }
        if (filter.technicalKey() != null) {
            query.put("filter[technical_key]", filter.technicalKey());
        }
        if (filter.active() != null) {
            query.put("filter[is_active]", filter.active() ? "1" : "0");
        }
        return query;
    }

    private static NumberingRange single(FactusResponse response) {
        JsonNode data = response.body().path("data");
        if (!data.isObject()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a numbering range without data.", null);
        }
        return range(data);
    }

    static NumberingRange range(JsonNode item) {
        return new NumberingRange(item.path("id").asLong(), document(FactusValues.text(item, "document")),
                FactusValues.text(item, "prefix"), FactusValues.number(item, "from"), FactusValues.number(item, "to"),
                FactusValues.number(item, "current"), FactusValues.text(item, "resolution_number"),
                FactusValues.date(item, "start_date"), FactusValues.date(item, "end_date"),
                FactusValues.text(item, "technical_key"), FactusValues.flag(item, "is_active", false),
                FactusValues.flag(item, "is_expired", false));
    }

    /** The code ("21") in show answers, the name ("Factura de Venta") in lists. */
    private static RangeDocument document(String value) {
        return RangeDocument.parse(value).orElseGet(() -> Arrays.stream(RangeDocument.values())
                .filter(d -> d.description().equalsIgnoreCase(value)).findFirst().orElse(null));
    }

    private static FactusResponse ok(FactusResponse response, long id) {
        if (response.status() == 404 && id > 0) {
            throw new NotFoundException("There is no numbering range with id " + id + " in this account.");
        }
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return response;
    }
}
