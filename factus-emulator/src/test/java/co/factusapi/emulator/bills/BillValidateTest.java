package co.factusapi.emulator.bills;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/bills/validate}: success shape, numbering, CUFE, 422, DIAN outcomes and 409s (docs/factus-upstream.md §3.2–§3.7). */
class BillValidateTest extends EmulatorTestSupport {
    private static final String PENDING = "Se encontró una factura pendiente por enviar a la DIAN";

    @Test
    void createsAValidatedBillInTheFactusShape() {
        Reply reply = validate(bill("REF-1"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("status").asString()).isEqualTo("Created");
        assertThat(reply.body().get("message").asString())
                .isEqualTo("Documento con el código de referencia REF-1 registrado y validado con éxito");
        JsonNode data = reply.body().get("data");
        assertThat(data.get("company").get("nit").asString()).isEqualTo("901724254");
        assertThat(data.get("company").get("municipality").asString()).isEqualTo("San Gil");
        assertThat(data.get("customer").get("municipality").get("code").asString()).isEqualTo("68679");
        assertThat(data.get("customer").get("dv").isNull()).isTrue();
        assertThat(data.get("numbering_range").get("prefix").asString()).isEqualTo("SETP");
        assertThat(data.get("billing_period").isArray()).isTrue();
        assertThat(data.get("billing_period")).isEmpty();
        JsonNode header = data.get("bill");
        assertThat(header.get("number").asString()).isEqualTo("SETP990000001");
        assertThat(header.get("status").asInt()).isEqualTo(1);
        assertThat(header.get("gross_value").asString()).isEqualTo("81232.50");
        assertThat(header.get("taxable_amount").asString()).isEqualTo("81232.50");
        assertThat(header.get("tax_amount").asString()).isEqualTo("8767.50");
        assertThat(header.get("total").asString()).isEqualTo("90000.00");
        assertThat(header.get("errors")).isEmpty();
        assertThat(header.get("created_at").asString()).matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2} [AP]M");
        assertThat(header.get("qr").asString())
                .isEqualTo("https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=" + header.get("cufe").asString());
        assertThat(header.get("qr_image").asString()).startsWith("data:image/png;base64, ");
        assertThat(header.get("public_url").asString()).matches(".*/documents/bills/[0-9a-f]{64}");
        JsonNode item = data.get("items").get(0);
        assertThat(item.get("total").isNumber()).isTrue();
        assertThat(item.get("total").asInt()).isEqualTo(40000);
        assertThat(item.get("discount").asString()).isEqualTo("8403.36");
        assertThat(item.get("tribute").get("code").asString()).isEqualTo("01");
        assertThat(data.get("withholding_taxes").findValuesAsString("value")).containsExactly("957.98", "2352.94");
        assertThat(data.get("credit_notes")).isEmpty();
    }

    @Test
    void numbersConsecutivelyInsideTheRange() {
        String first = validated(bill("A")).get("bill").get("number").asString();
        String second = validated(bill("B")).get("bill").get("number").asString();

        assertThat(first).isEqualTo("SETP990000001");
        assertThat(second).isEqualTo("SETP990000002");
        assertThat(get("/v1/numbering-ranges/8").body().get("data").get("current").asLong()).isEqualTo(990000003L);
    }

    @Test
    void concurrentValidatesGetDistinctConsecutiveNumbers() throws Exception {
        token();
        List<java.util.concurrent.Future<String>> numbers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 160; i++) {
                String reference = "CONC-" + i;
                numbers.add(pool.submit(() -> validated(bill(reference)).get("bill").get("number").asString()));
            }
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (var number : numbers) {
            distinct.add(number.get());
        }

        assertThat(distinct).hasSize(160).contains("SETP990000001", "SETP990000160");
        assertThat(emulator.counters().invoicesCreated()).isEqualTo(160);
    }

    @Test
    void cufeEqualsAnIndependentComputation() {
        JsonNode header = validated(bill("CUFE-1")).get("bill");
        String[] created = header.get("created_at").asString().split(" ");
        String[] dayMonthYear = created[0].split("-");
        String[] hms = created[1].split(":");
        int hour = Integer.parseInt(hms[0]) % 12 + ("PM".equals(created[2]) ? 12 : 0);
        String text = "SETP990000001" + dayMonthYear[2] + "-" + dayMonthYear[1] + "-" + dayMonthYear[0]
                + String.format("%02d:%s:%s-05:00", hour, hms[1], hms[2]) + "81232.50" + "01" + "8767.50" + "04"
                + "0.00" + "03" + "0.00" + "90000.00" + "901724254" + "123456789"
                + "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c" + "2";

        assertThat(header.get("cufe").asString()).hasSize(96).isEqualTo(Cufe.sha384Hex(text));
    }

    @Test
    void reportsEveryFieldErrorAtOnceWithDottedPaths() {
        Map<String, Object> bad = with(bill("BAD"), "numbering_range_id", 1);
        bad = with(bad, "billing_period", Json.obj("start_date", "2026-03-06", "end_date", "2026-03-06"));
        bad = with(bad, "items", List.of(Json.obj("code_reference", "X", "name", "X", "quantity", 1.5,
                "discount_rate", "0.123", "price", 1000, "tax_rate", "0.00", "unit_measure_id", 9999,
                "standard_code_id", 7, "is_excluded", 1, "tribute_id", 21)));
        bad = withCustomer(bad, "identification_document_id", 12);

        Reply reply = validate(bad);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("status").asString()).isEqualTo("Validation error");
        assertThat(reply.body().get("message").asString()).isEqualTo("Error de validación");
        JsonNode errors = reply.body().get("data").get("errors");
        assertThat(errors.get("numbering_range_id").get(0).asString())
                .isEqualTo("El campo id rango de numeración es inválido.");
        assertThat(errors.get("billing_period.end_date").get(0).asString())
                .isEqualTo("El campo fecha de fin debe ser una fecha posterior a fecha de inicio.");
        assertThat(errors.get("items.0.tribute_id").get(0).asString())
                .isEqualTo("El campo items.0.tribute_id es inválido.");
        assertThat(errors.has("items.0.quantity")).isTrue();
        assertThat(errors.has("items.0.discount_rate")).isTrue();
        assertThat(errors.has("items.0.unit_measure_id")).isTrue();
        assertThat(errors.has("items.0.standard_code_id")).isTrue();
        assertThat(errors.has("customer.identification_document_id")).isTrue();
        assertThat(get("/v1/bills").body().get("data").get("pagination").get("total").asInt()).isZero();
    }

    @Test
    void excludedOnlyWithIvaAndCreditNeedsADueDate() {
        Map<String, Object> bad = with(bill("BAD"), "payment_form", "2");
        bad = with(bad, "observation", "x".repeat(251));
        bad = with(bad, "items", List.of(Json.obj("code_reference", "X", "name", "X", "quantity", 1,
                "discount_rate", 0, "price", 1000, "tax_rate", "8.00", "unit_measure_id", 70,
                "standard_code_id", 1, "is_excluded", 1, "tribute_id", 4)));

        JsonNode errors = validate(bad).body().get("data").get("errors");

        assertThat(errors.get("items").get(0).asString()).isEqualTo("El impuesto excluido solo puede ser aplicado al IVA");
        assertThat(errors.has("payment_due_date")).isTrue();
        assertThat(errors.has("observation")).isTrue();
    }

    @Test
    void conditionalFieldsAndCustomerCodesAreChecked() {
        Map<String, Object> bad = with(with(bill("COND"), "document", "03"), "operation_type", "11");
        bad = with(bad, "order_reference", Json.obj("issue_date", "2026-01-01"));
        bad = withCustomer(withCustomer(bad, "tribute_id", 19), "municipality_id", 123456);

        JsonNode errors = validate(bad).body().get("data").get("errors");

        assertThat(errors.has("related_documents")).isTrue();
        assertThat(errors.has("order_reference.reference_code")).isTrue();
        assertThat(errors.has("items.0.scheme_id")).isTrue();
        assertThat(errors.has("items.1.scheme_id")).isTrue();
        assertThat(errors.get("customer.tribute_id").get(0).asString()).isEqualTo("El campo customer.tribute_id es inválido.");
        assertThat(errors.has("customer.municipality_id")).isTrue();
        assertThat(validate(withCustomer(bill("IVA-CUSTOMER"), "tribute_id", 18)).status()).isEqualTo(201);
    }

    @Test
    void rangeIdIsOptionalWithASingleActiveSalesRange() {
        Map<String, Object> withoutRange = new java.util.LinkedHashMap<>(bill("NO-RANGE"));
        withoutRange.remove("numbering_range_id");

        assertThat(validated(withoutRange).get("bill").get("number").asString()).startsWith("SETP");
    }

    @Test
    void exhaustedRangeIs422() {
        put("/v1/numbering-ranges/8", Json.obj("current", 995000001L));

        Reply reply = validate(bill("LATE"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("data").get("errors").has("numbering_range_id")).isTrue();
    }

    @Test
    void nitWithoutDvGetsItComputed() {
        Map<String, Object> nitBill = withCustomer(withCustomer(withCustomer(bill("NIT"),
                "identification_document_id", "6"), "identification", "900825759"), "dv", null);
        nitBill = withCustomer(withCustomer(nitBill, "legal_organization_id", 1), "company", "HALLTEC S.A.S.");

        JsonNode customer = validated(nitBill).get("customer");

        assertThat(customer.get("dv").asString()).isEqualTo("7");
        assertThat(customer.get("graphic_representation_name").asString()).isEqualTo("HALLTEC S.A.S.");
    }

    @Test
    void wrongNitDvIsRejectedStoredAndBlocksTheAccountUntilDeleted() {
        Map<String, Object> wrongDv = withCustomer(withCustomer(bill("REJ"), "identification_document_id", 6),
                "identification", "900825759");

        Reply rejected = validate(wrongDv);
        Reply blocked = validate(bill("OTHER"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().get("message").asString()).isEqualTo("El documento contiene errores de validación");
        assertThat(rejected.body().get("data").get("errors").get("FAK24").asString()).startsWith("Regla: FAK24, Rechazo:");
        assertThat(control("GET", "bills", null).body().findValuesAsString("reference_code")).containsExactly("REJ");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("status").asString()).isEqualTo("Conflict");
        assertThat(blocked.body().get("message").asString()).isEqualTo(PENDING);
        assertThat(blocked.body().has("data")).isFalse();

        assertThat(delete("/v1/bills/destroy/reference/REJ").status()).isEqualTo(200);
        assertThat(validate(bill("OTHER")).status()).isEqualTo(201);
    }

    @Test
    void armedRejectionUsesTheGivenRule() {
        control("POST", "dian/reject", Json.obj("count", 1, "rule", "FAD06", "message", "Número no válido"));

        Reply reply = validate(bill("R1"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("data").get("errors").get("FAD06").asString())
                .isEqualTo("Regla: FAD06, Rechazo: Número no válido");
        assertThat(get("/v1/bills?filter[status]=0").body().get("data").get("data").get(0).get("number").asString())
                .isEqualTo("SETP990000001");
    }

    @Test
    void slowDianLeavesAPendingBillThatTheSameReferenceValidates() {
        control("POST", "dian/slow", Json.obj("count", 1));

        JsonNode pending = validated(bill("SLOW")).get("bill");
        Reply blocked = validate(bill("OTHER"));
        JsonNode retried = validated(bill("SLOW")).get("bill");

        assertThat(pending.get("status").asInt()).isZero();
        assertThat(pending.get("errors").get(0).asString()).contains("Notificación").doesNotContain("Rechazo");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(retried.get("status").asInt()).isEqualTo(1);
        assertThat(retried.get("number").asString()).isEqualTo(pending.get("number").asString());
        assertThat(retried.get("cufe").asString()).isEqualTo(pending.get("cufe").asString());
        assertThat(emulator.counters().invoicesCreated()).isEqualTo(1);
        assertThat(validated(bill("OTHER")).get("bill").get("number").asString()).isEqualTo("SETP990000002");
    }

    @Test
    void resendingAValidatedReferenceIs409() {
        validated(bill("DUP"));

        Reply reply = validate(bill("DUP"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("status").asString()).isEqualTo("Conflict");
        assertThat(reply.body().get("message").asString()).contains("DUP").contains("validado");
        assertThat(control("GET", "bills", null).body()).hasSize(1);
    }

    @Test
    void acceptsCodesAsNumbersOrStrings() {
        Map<String, Object> numeric = withCustomer(withCustomer(bill("NUM"), "legal_organization_id", 2),
                "municipality_id", 980);
        numeric = with(numeric, "payment_method_code", 10);

        assertThat(validate(numeric).status()).isEqualTo(201);
    }
}
