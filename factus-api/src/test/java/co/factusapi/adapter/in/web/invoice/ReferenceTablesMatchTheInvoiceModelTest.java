package co.factusapi.adapter.in.web.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.service.LookupsService;
import co.factusapi.domain.catalog.ReferenceEntry;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.testsupport.InvoiceJson;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every code {@code GET /api/v1/lookups/reference-tables} lists is accepted by {@code POST /api/v1/invoices} in the
 * field it is meant for (the original listed codes its own invoice model rejected).
 */
class ReferenceTablesMatchTheInvoiceModelTest {
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    /** Where each table's codes go in an invoice request, and the field a rejection would name. */
    private static final Map<String, Field> FIELDS = Map.of(
            "identification_document_types", new Field("customer.document_type", (b, c) -> customer(b).put("document_type", c)),
            "legal_organization_types", new Field("customer.organization_type", (b, c) -> customer(b).put("organization_type", c)),
            "customer_tribute_types", new Field("customer.tribute", (b, c) -> customer(b).put("tribute", c)),
            "item_tribute_types", new Field("items[0].tribute", (b, c) -> item(b).put("tribute", c)),
            "product_standard_codes", new Field("items[0].standard_code", (b, c) -> item(b).put("standard_code", c)),
            "payment_methods", new Field("payment_method_code", (b, c) -> b.put("payment_method_code", c)),
            "payment_forms", new Field("payment_form", (b, c) -> b.put("payment_form", c)),
            "document_types", new Field("document_type", (b, c) -> b.put("document_type", c)),
            "operation_types", new Field("operation_type", (b, c) -> b.put("operation_type", c)));

    private final Map<String, List<ReferenceEntry>> tables = new LookupsService(null).referenceTables();

    @Test
    void everyListedCodeIsAcceptedInItsInvoiceField() {
        assertThat(tables.keySet()).containsAll(FIELDS.keySet());
        FIELDS.forEach((table, field) -> {
            assertThat(tables.get(table)).as(table).isNotEmpty();
            tables.get(table).forEach(entry -> assertThat(violationsWith(field, entry.code()))
                    .as(table + " " + entry.code()).noneMatch(v -> v.field().equals(field.path())));
        });
    }

    @Test
    void anUnlistedCodeIsRejectedInThatFieldSoTheCheckAboveCanFail() {
        FIELDS.forEach((table, field) -> assertThat(violationsWith(field, "NOT-A-CODE"))
                .as(table).anyMatch(v -> v.field().equals(field.path())));
    }

    @Test
    void theOnlyOtherTableIsTheNumberingRangeDocuments() {
        assertThat(tables.keySet()).hasSize(FIELDS.size() + 1).contains("numbering_range_documents");
        tables.get("numbering_range_documents").forEach(entry ->
                assertThat(RangeDocument.parse(entry.code())).isPresent());
    }

    private static List<FieldViolation> violationsWith(Field field, String code) {
        ObjectNode body = (ObjectNode) JSON.readTree(InvoiceJson.body("REF-TABLES-1", "901724254", "NIT", "1"));
        field.setter().accept(body, code);
        try {
            InvoiceRequestMapper.toDomain(JSON.treeToValue(body, InvoiceRequestBody.class));
            return List.of();
        } catch (InvalidRequestException e) {
            return e.violations();
        }
    }

    private static ObjectNode customer(ObjectNode body) {
        return (ObjectNode) body.get("customer");
    }

    private static ObjectNode item(ObjectNode body) {
        return (ObjectNode) body.get("items").get(0);
    }

    private record Field(String path, BiConsumer<ObjectNode, String> setter) {
    }
}
