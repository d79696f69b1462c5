package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.InvalidRequestException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Factus ids the invoice payload needs, resolved from cached catalogues instead of one extra upstream call per
 * invoice: numbering-range prefix to range id, DANE code to municipality id (Factus ids are its own, contract §6),
 * DIAN unit code to unit id. Each catalogue is fetched once per TTL, by one thread.
 */
public final class FactusCatalog {
    private static final int MAX_RANGE_PAGES = 50;
    private static final String SALES_INVOICE_CODE = "21";
    private static final String CREDIT_NOTE_CODE = "22";
    private final FactusClient client;
    private final LoadingCache<String, Map<String, Long>> catalogues;

    FactusCatalog(FactusClient client, Duration ttl) {
        this.client = client;
        this.catalogues = Caffeine.newBuilder().expireAfterWrite(ttl).build(this::load);
    }

    public long salesRangeId(String prefix) {
        Long id = catalogues.get("ranges").get(prefix.toUpperCase());
        if (id == null) {
            throw InvalidRequestException.of("numbering_range_prefix",
                    "no active sales-invoice numbering range with prefix " + prefix + " in the Factus account");
        }
        return id;
    }

    /**
     * The id of the active credit-note range (document 22) with this prefix; with no prefix, the account's only one.
     * Factus refuses a sales range here ("id rango de numeración es inválido", contract §4).
     */
    public long creditNoteRangeId(String prefix) {
        Map<String, Long> ranges = catalogues.get("credit-note-ranges");
        if (prefix == null) {
            if (ranges.size() != 1) {
                throw InvalidRequestException.of("numbering_range_prefix", "is required: the Factus account has "
                        + ranges.size() + " active credit-note numbering ranges " + ranges.keySet().stream().sorted().toList());
            }
            return ranges.values().iterator().next();
        }
        Long id = ranges.get(prefix.toUpperCase());
        if (id == null) {
            throw InvalidRequestException.of("numbering_range_prefix",
                    "no active credit-note numbering range with prefix " + prefix + " in the Factus account");
        }
        return id;
    }

    public long municipalityId(String daneCode, String field) {
        return resolve("municipalities", daneCode, field, "unknown DANE municipality code " + daneCode);
    }

    public long unitId(String unitCode, String field) {
        return resolve("units", unitCode, field, "unknown unit of measure code " + unitCode
                + " (use a DIAN unit code such as 94, KGM, LBR, MTR)");
    }

    /** Numbering ranges changed: the next invoice sees the new ones. */
    public void invalidateRanges() {
        catalogues.invalidateAll(java.util.List.of("ranges", "credit-note-ranges"));
    }

    private long resolve(String catalogue, String code, String field, String message) {
        Long id = catalogues.get(catalogue).get(code.trim());
        if (id == null) {
            throw InvalidRequestException.of(field, message);
        }
        return id;
    }

    private Map<String, Long> load(String catalogue) {
        return switch (catalogue) {
            case "ranges" -> activeRanges(SALES_INVOICE_CODE, "Factura de Venta");
            case "credit-note-ranges" -> activeRanges(CREDIT_NOTE_CODE, "Nota Crédito");
            case "municipalities" -> codeToId(client.get("municipalities.list", "/v1/municipalities", Map.of()));
            case "units" -> codeToId(client.get("measurement-units.list", "/v1/measurement-units", Map.of()));
            default -> throw new IllegalArgumentException(catalogue);
        };
    }

    private static Map<String, Long> codeToId(FactusResponse response) {
        requireOk(response);
        Map<String, Long> ids = new HashMap<>();
        response.dataItems().forEach(item -> ids.putIfAbsent(item.path("code").asString(""), item.path("id").asLong()));
        return Map.copyOf(ids);
    }

    /** All pages: the original service read only the first one. */
    private Map<String, Long> activeRanges(String documentCode, String documentName) {
        Map<String, Long> ids = new HashMap<>();
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_RANGE_PAGES; page++) {
            FactusResponse response = client.get("numbering-ranges.list", "/v1/numbering-ranges",
                    Map.of("filter[is_active]", "1", "page", Integer.toString(page)));
            requireOk(response);
            response.dataItems().forEach(range -> {
                if (isUsable(range, documentCode, documentName)) {
                    ids.putIfAbsent(range.path("prefix").asString("").toUpperCase(), range.path("id").asLong());
                }
            });
            lastPage = response.body().path("data").path("pagination").path("last_page").asInt(1);
        }
        return Map.copyOf(ids);
    }

    /** The list gives the document NAME ("Factura de Venta"), the show endpoint its code (contract §6). */
    private static boolean isUsable(JsonNode range, String documentCode, String documentName) {
        String document = range.path("document").asString("");
        boolean wanted = documentCode.equals(document) || document.equalsIgnoreCase(documentName);
        return wanted && range.path("is_active").asInt(1) == 1 && !range.path("is_expired").asBoolean(false);
    }

    private static void requireOk(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
    }
}
