package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
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
 * {@code /v1/numbering-ranges} (docs/factus-upstream.md §8) or, for a v2 account, {@code /v2/numbering-ranges}
 * (contract §10.1): the same operations, bodies and answers under the other prefix. The list is paginated and names
 * the document ("Factura de Venta"), the show endpoint gives its code ("21", v2 adds {@code document_name}); both are
 * read. {@code is_active}/{@code is_expired} are read as 1/0 or JSON booleans (v2 documents 1/0, SDK2 accepts both).
 * Activation uses v2's {@code PATCH /{id}/toggle-status}; v1 has no such operation. Every change invalidates the
 * invoice flow's range cache.
 */
public final class FactusNumberingRangeGateway implements NumberingRangeGateway {
    static final String V1_PATH = "/v1/numbering-ranges";
    static final String V2_PATH = "/v2/numbering-ranges";
    private static final int MAX_PAGES = 50;
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final String path;

    public FactusNumberingRangeGateway(FactusClient client, FactusCatalog catalog) {
        this(client, catalog, V1_PATH);
    }

    /** {@code path}: {@link #V1_PATH} or {@link #V2_PATH}. */
    FactusNumberingRangeGateway(FactusClient client, FactusCatalog catalog, String path) {
        this.client = client;
        this.catalog = catalog;
        this.path = path;
    }

    @Override
    public List<NumberingRange> list(RangeFilter filter) {
        return allPages(client, path, query(filter)).stream().map(FactusNumberingRangeGateway::range).toList();
    }

    /** Every page of the list under {@code path}: the original read only the first one. */
    static List<JsonNode> allPages(FactusClient client, String path, Map<String, String> filters) {
        List<JsonNode> ranges = new ArrayList<>();
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>(filters);
            query.put("page", Integer.toString(page));
            FactusResponse response = ok(client.get("numbering-ranges.list", path, query), 0);
            response.dataItems().forEach(ranges::add);
            lastPage = response.body().path("data").path("pagination").path("last_page").asInt(1);
        }
        return ranges;
    }

    @Override
    public List<SoftwareRange> software() {
        FactusResponse response = ok(client.get("numbering-ranges.software", path + "/dian", Map.of()), 0);
        List<SoftwareRange> ranges = new ArrayList<>();
        response.dataItems().forEach(item -> ranges.add(new SoftwareRange(FactusValues.text(item, "resolution_number"),
                FactusValues.text(item, "prefix"), FactusValues.number(item, "from"), FactusValues.number(item, "to"),
                FactusValues.date(item, "start_date"), FactusValues.date(item, "end_date"),
                FactusValues.text(item, "technical_key"))));
        return List.copyOf(ranges);
    }

    @Override
    public NumberingRange get(long id) {
        return single(ok(client.get("numbering-ranges.get", path + "/{id}", Map.of(), id), id));
    }

    @Override
    public NumberingRange create(NewNumberingRange range) {
        FactusResponse response = client.send("numbering-ranges.create", HttpMethod.POST, path, body(range));
        catalog.invalidateRanges();
        return single(ok(response, 0));
    }

    @Override
    public NumberingRange updateCurrent(long id, long current) {
        FactusResponse response = client.send("numbering-ranges.update", HttpMethod.PATCH,
                path + "/{id}/current", Map.of("current", current), id);
        catalog.invalidateRanges();
        return single(ok(response, id));
    }

    /**
     * v2 only flips ({@code toggle-status}, no body), so the range is read first and flipped only when it differs; a
     * flip that does not land on the wanted state means someone else flipped it meanwhile: a conflict to read again.
     */
    @Override
    public NumberingRange setActive(long id, boolean active) {
        NumberingRange current = get(id);
        if (!V2_PATH.equals(path)) {
            throw InvalidRequestException.of("active", "Factus v1 cannot activate or deactivate a numbering range; "
                    + "a tenant on Factus v2 can (api_version)");
        }
        if (current.active() == active) {
            return current;
        }
        FactusResponse response = client.send("numbering-ranges.toggle", HttpMethod.PATCH,
                path + "/{id}/toggle-status", null, id);
        catalog.invalidateRanges();
        NumberingRange toggled = single(ok(response, id));
        if (toggled.active() != active) {
            throw new ConflictException("range-changed", "The numbering range " + id
                    + " changed meanwhile; read it and try again.");
        }
        return toggled;
    }

    @Override
    public void delete(long id) {
        FactusResponse response = client.send("numbering-ranges.delete", HttpMethod.DELETE, path + "/{id}", null, id);
        catalog.invalidateRanges();
        ok(response, id);
    }

    /**
     * The create body, the same on v1 and v2: {@code document} the DIAN code as a string, {@code prefix},
     * {@code current} a number (contract §10.1's examples), {@code resolution_number} when there is one.
     */
    static Map<String, Object> body(NewNumberingRange range) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", range.document().dianCode());
        body.put("prefix", range.prefix());
        if (range.resolutionNumber() != null) {
            body.put("resolution_number", range.resolutionNumber());
        }
        body.put("current", range.current());
        return body;
    }

    static Map<String, String> query(RangeFilter filter) {
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
        return new NumberingRange(item.path("id").asLong(), document(item),
                FactusValues.text(item, "prefix"), FactusValues.number(item, "from"), FactusValues.number(item, "to"),
                FactusValues.number(item, "current"), FactusValues.text(item, "resolution_number"),
                FactusValues.date(item, "start_date"), FactusValues.date(item, "end_date"),
                FactusValues.text(item, "technical_key"), FactusValues.flag(item, "is_active", false),
                FactusValues.flag(item, "is_expired", false));
    }

    /**
     * The code ("21") in show answers, the name ("Factura de Venta") in lists; v2's show adds {@code document_name},
     * read when {@code document} says nothing we know; a {@code {code, name}} object is read too.
     */
    static RangeDocument document(JsonNode item) {
        JsonNode document = item.path("document");
        RangeDocument known = document.isObject() ? document(FactusValues.text(document, "code"))
                : document(FactusValues.text(item, "document"));
        return known != null ? known : document(FactusValues.text(item, "document_name"));
    }

    private static RangeDocument document(String value) {
        if (value == null) {
            return null;
        }
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
