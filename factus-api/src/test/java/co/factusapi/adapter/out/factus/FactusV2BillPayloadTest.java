package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.invoice.OperationType;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v2 bill body against the contract's own examples (factus-v2-contract §3.5, §4), and the v2 answer (§5.1) read
 * back, with no server: the end-to-end path waits for the emulator to serve {@code /v2/bills}.
 */
class FactusV2BillPayloadTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FactusV2BillPayload PAYLOAD = new FactusV2BillPayload((document, prefix) -> {
        assertThat(document).isEqualTo(RangeDocument.SALES_INVOICE);
        return "SETP".equals(prefix) ? 8L : 99L;
    });

    /** The §3.5 skeleton, our way: the same bill from tax-inclusive prices (11900 = 10000 + 19 %, 23800 = 20000 + 19 %). */
    static InvoiceRequest skeletonInvoice() {
        Customer customer = new Customer(IdentificationType.CC, "1137624282", null, null, null, "Alan Turing",
                "Calle 10 # 5-20", "alan@example.com", "3001234567", "68679", OrganizationType.PERSON,
                CustomerTribute.ZZ);
        return new InvoiceRequest("SETP", null, "ARE-2026-0001", "Factura de prueba v2", null, null, null,
                OperationType.STANDARD, false, null, null, null, null, null, customer, List.of(
                        line("PROD-000A", "Producto A", 1, "11900.00", "0", "19.00", ItemTribute.IVA, false),
                        line("PROD-000B", "Producto B", 3, "23800.00", "0", "19.00", ItemTribute.IVA, false)));
    }

    static DocumentLine line(String code, String name, int quantity, String price, String discount, String rate,
                             ItemTribute tribute, boolean excluded) {
        return new DocumentLine(code, name, quantity, new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal(rate), "94", StandardCode.OWN, excluded, tribute, null, null, List.of(), null);
    }

    /** The body as Factus receives it: written, then read (numbers compare by their JSON text). */
    static JsonNode tree(Map<String, Object> body) {
        return JSON.readTree(JSON.writeValueAsString(body));
    }

    @Test
    void theSkeletonBillOfTheContractComesOutAsTheContractWritesIt() {
        JsonNode body = tree(PAYLOAD.of(skeletonInvoice()));

        assertThat(body).isEqualTo(JSON.readTree("""
                { "reference_code": "ARE-2026-0001", "numbering_range_id": 8, "document": "01", "operation_type": "10",
                  "send_email": false, "observation": "Factura de prueba v2",
                  "payment_details": [ { "payment_form": "1", "payment_method_code": "10", "amount": "83300.00" } ],
                  "cash_rounding_amount": "0.00",
                  "customer": { "identification_document_code": "13", "identification": "1137624282",
                    "names": "Alan Turing", "legal_organization_code": "2", "tribute_code": "ZZ", "country_code": "CO",
                    "municipality_code": "68679", "email": "alan@example.com", "address": "Calle 10 # 5-20",
                    "phone": "3001234567" },
                  "items": [
                    { "code_reference": "PROD-000A", "name": "Producto A", "quantity": "1.00", "discount_rate": "0.00",
                      "price": "10000.00", "unit_measure_code": "94", "standard_code": "999",
                      "taxes": [ { "code": "01", "rate": "19.00" } ] },
                    { "code_reference": "PROD-000B", "name": "Producto B", "quantity": "3.00", "discount_rate": "0.00",
                      "price": "20000.00", "unit_measure_code": "94", "standard_code": "999",
                      "taxes": [ { "code": "01", "rate": "19.00" } ] } ] }"""));
    }

    @Test
    void excludedZeroRatedCreditAndCompanyBillsUseTheV2Vocabulary() {
        Customer company = new Customer(IdentificationType.NIT, "900123456", "8", "Tienda S.A.S.", null, null,
                "Carrera 7", "compras@tienda.example", null, "11001", OrganizationType.COMPANY, CustomerTribute.IVA);
        InvoiceRequest invoice = new InvoiceRequest("SETP", null, "REF-2", null,
                co.factusapi.domain.document.PaymentForm.CREDIT, co.factusapi.domain.document.PaymentMethod.TRANSFER,
                java.time.LocalDate.parse("2026-12-31"), null, null, null, null, null, null, null, company, List.of(
                        line("EXC", "Excluido", 2, "12000.00", "0", "0.00", ItemTribute.IVA, true),
                        line("ZERO", "Exento", 1, "5000.00", "0", "0.00", ItemTribute.IVA, false),
                        line("INC", "Comida", 1, "10800.00", "0", "8.00", ItemTribute.INC, false)));

        JsonNode body = tree(PAYLOAD.of(invoice));

        assertThat(body.path("payment_details").get(0)).isEqualTo(JSON.readTree("""
                {"payment_form": "2", "payment_method_code": "47", "amount": "39800.00", "due_date": "2026-12-31"}"""));
        assertThat(body.path("operation_type").asString()).isEqualTo("10");
        assertThat(body.path("customer")).isEqualTo(JSON.readTree("""
                {"identification_document_code": "31", "identification": "900123456", "dv": "8",
                 "company": "Tienda S.A.S.", "names": "Tienda S.A.S.", "legal_organization_code": "1",
                 "tribute_code": "01", "country_code": "CO", "municipality_code": "11001",
                 "email": "compras@tienda.example", "address": "Carrera 7"}"""));
        assertThat(body.path("items").get(0).path("taxes")).isEqualTo(JSON.readTree("[{\"is_excluded\": true}]"));
        assertThat(body.path("items").get(0).path("price").asString()).isEqualTo("12000.00");
        assertThat(body.path("items").get(1).path("taxes")).isEqualTo(JSON.readTree("[{\"code\": \"01\", \"rate\": \"0.00\"}]"));
        assertThat(body.path("items").get(2).path("taxes")).isEqualTo(JSON.readTree("[{\"code\": \"04\", \"rate\": \"8.00\"}]"));
        assertThat(body.path("items").get(2).path("price").asString()).isEqualTo("10000.00");
        assertThat(body.path("cash_rounding_amount").asString()).isEqualTo("0.00");
    }

    @Test
    void whatV2NoLongerTakesIsRefusedBeforeAnythingIsSent() {
        DocumentLine ica = new DocumentLine("X", "X", 1, new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("1.00"),
                "94", StandardCode.OWN, false, ItemTribute.ICA, null, null,
                List.of(new DocumentLine.WithholdingTax("07", new BigDecimal("1.00"))), null);
        InvoiceRequest invoice = new InvoiceRequest("SETP", null, "REF-3", null, null, null, null, null, null, null,
                null, null, null, null, skeletonInvoice().customer(), List.of(ica));

        assertThatThrownBy(() -> PAYLOAD.of(invoice)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(co.factusapi.domain.error.FieldViolation::field)
                        .containsExactly("items[0].tribute", "items[0].withholding_taxes"));
    }

    @Test
    void theFlatV2AnswerIsReadAsAValidatedBill() {
        JsonNode data = JSON.readTree("""
                {"reference_code": "FACT-2026-0124", "number": "SETP990000550", "is_validated": true,
                 "validated_at": "06-05-2026 11:44:12 AM", "errors": {}, "cufe": "abc123",
                 "numbering_range": {"prefix": "SETP", "from": 990000000, "to": 995000000},
                 "totals": {"prepayment_amount": "0.00", "gross_amount": "70000.00", "taxable_amount": "70000.00",
                            "tax_amount": "13300.00", "surcharge_amount": "0.00", "total": "83300.00"},
                 "links": {"qr": "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=abc123",
                           "public_url": "https://example"}}""");

        ProviderDocument bill = FactusDocumentJson.document(data, FactusEndpoints.BILLS_V2);

        assertThat(bill.number()).isEqualTo("SETP990000550");
        assertThat(bill.dianState()).isEqualTo(ProviderDocument.DianState.VALIDATED);
        assertThat(bill.totals()).isEqualTo(new DocumentTotals(new BigDecimal("70000.00"), new BigDecimal("13300.00"),
                new BigDecimal("83300.00")));
        assertThat(bill.qrUrl()).endsWith("documentkey=abc123");
    }

    @Test
    void aV2RejectionIsReadFromAListOrAnObjectOfErrors() {
        for (String errors : List.of("[\"Regla: FAK24, Rechazo: No está informado el DV del NIT\"]",
                "{\"FAK24\": \"Regla: FAK24, Rechazo: No está informado el DV del NIT\"}")) {
            JsonNode data = JSON.readTree("{\"number\": \"SETP990000551\", \"is_validated\": false, \"errors\": "
                    + errors + ", \"totals\": {\"total\": \"100.00\"}}");

            assertThat(FactusDocumentJson.document(data, FactusEndpoints.BILLS_V2).dianState())
                    .isEqualTo(ProviderDocument.DianState.REJECTED);
        }
        JsonNode pending = JSON.readTree("{\"number\": \"SETP990000552\", \"is_validated\": false, \"errors\": []}");
        assertThat(FactusDocumentJson.document(pending, FactusEndpoints.BILLS_V2).dianState())
                .isEqualTo(ProviderDocument.DianState.AWAITING_DIAN);
    }

    @Test
    void theV2PathsAreTheContractsOwn() {
        assertThat(Map.of("validate", FactusEndpoints.BILLS_V2.validate(), "list", FactusEndpoints.BILLS_V2.list(),
                "show", FactusEndpoints.BILLS_V2.show(), "pdf", FactusEndpoints.BILLS_V2.pdf(),
                "xml", FactusEndpoints.BILLS_V2.xml(), "email", FactusEndpoints.BILLS_V2.sendEmail(),
                "delete", FactusEndpoints.BILLS_V2.delete())).isEqualTo(Map.of("validate", "/v2/bills/validate",
                "list", "/v2/bills", "show", "/v2/bills/{number}", "pdf", "/v2/bills/{number}/download-pdf",
                "xml", "/v2/bills/{number}/download-xml", "email", "/v2/bills/{number}/send-email",
                "delete", "/v2/bills/destroy/reference/{reference}"));
    }
}
