package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.domain.tenant.DocumentQuota;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The document quota of a v2 account: {@code GET /v2/subscriptions} (contract §10.3). {@code data} is a list of
 * subscription groups; the one that covers invoices ("Facturación", or the group whose
 * {@code supported_document_types} names "Factura de Venta") is read, else the first. {@code documents_available} is
 * an integer or the string "Ilimitado" (then {@code has_unlimited_quota} is true); {@code expires_at} is ISO-8601.
 * v1 has no such endpoint in our contract: a v1 account reports nothing ({@link #NONE}).
 */
final class FactusSubscriptions implements ProviderQuota {
    static final ProviderQuota NONE = Optional::empty;
    static final String PATH = "/v2/subscriptions";
    private static final String INVOICING = "Facturación";
    private static final String SALES_INVOICE = "Factura de Venta";
    private final FactusClient client;

    FactusSubscriptions(FactusClient client) {
        this.client = client;
    }

    @Override
    public Optional<DocumentQuota> documentQuota() {
        return read(FactusDocumentProvider.ok(client.get("subscriptions.list", PATH, Map.of())));
    }

    /** The quota in a subscriptions answer; empty when it names none (no group, or a group with none of the fields). */
    static Optional<DocumentQuota> read(JsonNode body) {
        JsonNode data = body.path("data");
        JsonNode group = null;
        if (data.isArray()) {
            for (JsonNode candidate : data) {
                if (group == null || invoicing(candidate)) {
                    group = candidate;
                    if (invoicing(candidate)) {
                        break;
                    }
                }
            }
        } else if (data.isObject()) {
            group = data;
        }
        if (group == null) {
            return Optional.empty();
        }
        Long used = FactusValues.number(group, "documents_consumed");
        String available = FactusValues.text(group, "documents_available");
        Long remaining = FactusValues.number(group, "documents_available");
        boolean unlimited = FactusValues.flag(group, "has_unlimited_quota", false)
                || (available != null && remaining == null);
        LocalDate expires = FactusValues.date(group, "expires_at");
        if (used == null && remaining == null && !unlimited && expires == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentQuota(used, unlimited ? null : remaining, unlimited, expires));
    }

    private static boolean invoicing(JsonNode group) {
        if (INVOICING.equalsIgnoreCase(FactusValues.text(group, "name"))) {
            return true;
        }
        for (JsonNode type : group.path("supported_document_types")) {
            if (type.isString() && SALES_INVOICE.equalsIgnoreCase(type.asString())) {
                return true;
            }
        }
        return false;
    }
}
