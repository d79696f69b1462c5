package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.tenant.ApiVersion;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Factus catalogues, each fetched once per TTL by one thread. The invoice payload resolves its Factus ids here
 * instead of one extra upstream call per invoice: numbering-range prefix to range id, DANE code to municipality id
 * (Factus ids are its own, docs/factus-upstream.md §8), DIAN unit code to unit id. The lookup endpoints read the same cached rows.
 */
public final class FactusCatalog {
    static final String MUNICIPALITIES = "municipalities";
    static final String UNITS = "units";
    static final String PRODUCT_TAXES = "product-taxes";
    static final String COUNTRIES = "countries";
    /** One catalogue per range document: "ranges:SALES_INVOICE", ... */
    private static final String RANGES = "ranges:";
    private final FactusClient client;
    private final ApiVersion version;
    private final LoadingCache<String, Catalogue> catalogues;

    FactusCatalog(FactusClient client, Duration ttl) {
        this(client, ApiVersion.V1, ttl);
    }

    /** {@code version}: where the account's numbering ranges are listed (see {@link #activeRanges}). */
    FactusCatalog(FactusClient client, ApiVersion version, Duration ttl) {
        this.client = client;
        this.version = version;
        this.catalogues = Caffeine.newBuilder().expireAfterWrite(ttl).build(this::load);
    }

    /**
     * The id of the account's active numbering range for this kind of document with this prefix; with no prefix, the
     * account's only one. Factus refuses a range of another document ("id rango de numeración es inválido",
     * docs/factus-upstream.md §4), so the document is checked here, before anything is sent.
     */
    public long rangeId(RangeDocument document, String prefix) {
        Map<String, Long> ranges = catalogues.get(RANGES + document.name()).ids();
        String kind = document.description() + " (" + document.dianCode() + ")";
        if (prefix == null) {
            if (ranges.size() != 1) {
                throw InvalidRequestException.of("numbering_range_prefix", "is required: the Factus account has "
                        + ranges.size() + " active numbering ranges for " + kind + " "
                        + ranges.keySet().stream().sorted().toList());
            }
            return ranges.values().iterator().next();
        }
        Long id = ranges.get(prefix.toUpperCase());
        if (id == null) {
            throw InvalidRequestException.of("numbering_range_prefix", "no active numbering range for " + kind
                    + " with prefix " + prefix + " in the Factus account");
        }
        return id;
    }

    public long municipalityId(String daneCode, String field) {
        return resolve(MUNICIPALITIES, daneCode, field, "unknown DANE municipality code " + daneCode);
    }

    public long unitId(String unitCode, String field) {
        return resolve(UNITS, unitCode, field, "unknown unit of measure code " + unitCode
                + " (use a DIAN unit code such as 94, KGM, LBR, MTR)");
    }

    /** Numbering ranges changed: the next invoice sees the new ones. */
    public void invalidateRanges() {
        catalogues.asMap().keySet().removeIf(catalogue -> catalogue.startsWith(RANGES));
    }

    /** Everything is fetched again on next use (the admin refresh). */
    public void invalidateAll() {
        catalogues.invalidateAll();
    }

    /** The cached rows of a reference catalogue, as Factus sent them. */
    List<JsonNode> rows(String catalogue) {
        return catalogues.get(catalogue).rows();
    }

    private long resolve(String catalogue, String code, String field, String message) {
        Long id = catalogues.get(catalogue).ids().get(code.trim());
        if (id == null) {
            throw InvalidRequestException.of(field, message);
        }
        return id;
    }

    private Catalogue load(String catalogue) {
        if (catalogue.startsWith(RANGES)) {
            return new Catalogue(List.of(), activeRanges(RangeDocument.valueOf(catalogue.substring(RANGES.length()))));
        }
        return switch (catalogue) {
            case MUNICIPALITIES -> catalogue(client.get("municipalities.list", "/v1/municipalities", Map.of()));
            case UNITS -> catalogue(client.get("measurement-units.list", "/v1/measurement-units", Map.of()));
            case PRODUCT_TAXES -> catalogue(client.get("product-taxes.list", "/v1/tributes/products", Map.of()));
            case COUNTRIES -> catalogue(client.get("countries.list", "/v1/countries", Map.of()));
            default -> throw new IllegalArgumentException(catalogue);
        };
    }

    /** A 2xx whose data holds no list is a broken answer, not an empty catalogue (never cached). */
    private static Catalogue catalogue(FactusResponse response) {
        requireOk(response);
        if (!response.dataItems().isArray()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a catalogue without a list.", null);
        }
        List<JsonNode> rows = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        response.dataItems().forEach(item -> {
            rows.add(item);
            ids.putIfAbsent(FactusValues.text(item, "code"), item.path("id").asLong());
        });
        ids.remove(null);
        return new Catalogue(List.copyOf(rows), Map.copyOf(ids));
    }

    /**
     * The active ranges of one document, by prefix. v1: every active range of the account, then filtered here. v2
     * (contract §10.1): {@code GET /v2/numbering-ranges?filter[is_active]=1&filter[document]=<code>}, the id of a
     * range being its list item's {@code id} as in v1; the items are still checked here (document name or code,
     * active, not expired), since the list names the document and the filter is the server's. v2 lets a bill omit
     * {@code numbering_range_id} when one range of its document is active (toggle-status); we always send the id, so
     * a second active range can never silently take the document.
     */
    private Map<String, Long> activeRanges(RangeDocument wanted) {
        Map<String, Long> ids = new HashMap<>();
        List<JsonNode> ranges = switch (version) {
            case V1 -> FactusNumberingRangeGateway.allPages(client, FactusNumberingRangeGateway.V1_PATH,
                    Map.of("filter[is_active]", "1"));
            case V2 -> FactusNumberingRangeGateway.allPages(client, FactusNumberingRangeGateway.V2_PATH,
                    rangeQuery(wanted));
        };
        ranges.forEach(range -> {
            if (isUsable(range, wanted)) {
                ids.putIfAbsent(range.path("prefix").asString("").toUpperCase(), range.path("id").asLong());
            }
        });
        return Map.copyOf(ids);
    }

    /** The v2 list query of one document's active ranges. */
    static Map<String, String> rangeQuery(RangeDocument wanted) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("filter[is_active]", "1");
        query.put("filter[document]", wanted.dianCode());
        return query;
    }

    /**
     * The list gives the document NAME ("Factura de Venta"), the show endpoint its code (docs/factus-upstream.md §8);
     * {@code is_active}/{@code is_expired} 1/0 or booleans (v2).
     */
    static boolean isUsable(JsonNode range, RangeDocument wanted) {
        return FactusNumberingRangeGateway.document(range) == wanted && FactusValues.flag(range, "is_active", true)
                && !FactusValues.flag(range, "is_expired", false);
    }

    private static void requireOk(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
    }

    private record Catalogue(List<JsonNode> rows, Map<String, Long> ids) {
    }
}
