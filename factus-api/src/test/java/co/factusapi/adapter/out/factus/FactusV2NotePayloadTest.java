package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.adjustmentnote.AdjustmentNoteConcept;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.debitnote.DebitNoteConcept;
import co.factusapi.domain.debitnote.DebitNoteRequest;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.domain.supportdocument.Seller;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v2 bodies of credit notes, debit notes, support documents and adjustment notes against the contract's
 * examples (factus-v2-contract §7.1–§7.4), exact JSON for one canonical note of each kind, with no server (the
 * pipeline contract suites take them through the emulator).
 */
class FactusV2NotePayloadTest {
    /**
     * The factus-js sandbox range ids of contract §13 and §7.2: 9 credit notes, 6 debit notes, 148 support documents,
     * 149 adjustment notes.
     */
    static final BiFunction<RangeDocument, String, Long> RANGES = (document, prefix) -> switch (document) {
        case CREDIT_NOTE -> 9L;
        case DEBIT_NOTE -> 6L;
        case SUPPORT_DOCUMENT -> 148L;
        case SUPPORT_DOCUMENT_ADJUSTMENT -> 149L;
        default -> throw new AssertionError(document);
    };

    /** {@code GET /v2/bills/SETP990000550} as §5.1 shows it, the part a credit note reads. */
    static final JsonNode BILL = FactusV2BillPayloadTest.JSON.readTree("""
            {"reference_code": "FACT-2026-0124", "number": "SETP990000550", "is_validated": true,
             "payment_details": [ { "payment_form": { "code": "1", "name": "Pago de contado" },
                 "payment_method": { "code": "10", "name": "Efectivo" },
                 "reference_code": null, "amount": "83300.00", "due_date": null } ],
             "totals": {"total": "83300.00"}}""");

    /** {@code GET /v2/support-documents/SEDS984000004} in the V2EX shape of §7.4 (provider, payment). */
    static final JsonNode SUPPORT_DOCUMENT = FactusV2BillPayloadTest.JSON.readTree("""
            {"reference_code": "0e3579fa-1", "number": "SEDS984000004", "is_validated": true,
             "payment_details": [ { "payment_form": { "code": "1", "name": "Pago de contado" },
                 "payment_method": { "code": "42", "name": "Consignación" }, "reference_code": "pago-002",
                 "amount": "100000.00", "due_date": null } ],
             "provider": { "identification_document": { "code": "31", "name": "NIT" }, "identification": "2343543",
                 "dv": "7", "graphic_representation_name": "Pepito Perez", "trade_name": null, "names": "Pepito Perez",
                 "address": "calle 4", "email": null, "phone": null,
                 "legal_organization": { "code": "2", "name": "Persona Natural" },
                 "tribute": { "code": "ZZ", "name": "No aplica" },
                 "municipality": { "code": "68679", "name": "San Gil",
                     "department": { "code": "68", "name": "Santander" } } },
             "totals": {"gross_amount": "100000.00", "total": "100000.00"}}""");

    static final FactusV2CreditNotePayload CREDIT_NOTES = new FactusV2CreditNotePayload(RANGES, number -> {
        assertThat(number).isEqualTo("SETP990000550");
        return BILL;
    });
    /** A bill sold on credit, as {@code GET /v2/bills/{number}} shows its payment. */
    static final JsonNode CREDIT_BILL = FactusV2BillPayloadTest.JSON.readTree("""
            {"number": "SETP990000550", "payment_details": [ { "payment_form": { "code": "2", "name": "Crédito" },
              "payment_method": { "code": "47", "name": "Transferencia" }, "amount": "83300.00",
              "due_date": "31-12-2026" } ]}""");

    static final FactusDebitNotePayload DEBIT_NOTES = new FactusDebitNotePayload(RANGES, number -> {
        assertThat(number).isEqualTo("SETP990000550");
        return BILL;
    });
    static final FactusV2SupportDocumentPayload SUPPORT_DOCUMENTS = new FactusV2SupportDocumentPayload(RANGES);
    static final FactusV2AdjustmentNotePayload ADJUSTMENT_NOTES = new FactusV2AdjustmentNotePayload(RANGES, number -> {
        assertThat(number).isEqualTo("SEDS984000004");
        return SUPPORT_DOCUMENT;
    });

    /** A partial return of one unit of the §3.5 skeleton's second line (23800 = 20000 + 19 %). */
    static CreditNoteRequest canonicalCreditNote() {
        return new CreditNoteRequest("SETP990000550", CreditNoteConcept.PARTIAL_RETURN, "NOTA-2026-0015", "NC",
                "Devolución de un producto B", false, List.of(
                        FactusV2BillPayloadTest.line("PROD-000B", "Producto B", 1, "23800.00", "0", "19.00",
                                ItemTribute.IVA, false)));
    }

    /** A price change (concept 3) of one more unit of the §3.5 skeleton's second line (23800 = 20000 + 19 %). */
    static DebitNoteRequest canonicalDebitNote() {
        return new DebitNoteRequest("SETP990000550", DebitNoteConcept.VALUE_CHANGE, "ND-2026-0001", "ND",
                "Ajuste de precio del producto B", false, canonicalCreditNote().items());
    }

    /** The seller of §7.3's example (NIT 2343543-7, San Gil), two untaxed units of 50000 with ReteRenta 3.5 %. */
    static SupportDocumentRequest canonicalSupportDocument() {
        Seller seller = new Seller(IdentificationType.NIT, "2343543", "7", "Pepito Perez", null, "calle 4",
                "pepito@example.com", null, "CO", "68679", OrganizationType.PERSON);
        return new SupportDocumentRequest("SEDS", "DS-2026-0001", "Compra a no obligado", PaymentMethod.CASH, seller,
                List.of(untaxed("12345", "producto de prueba", 2, "50000.00")));
    }

    /** §7.4's example as a canonical note: concept 5 "otros" over the whole support document. */
    static AdjustmentNoteRequest canonicalAdjustmentNote() {
        return new AdjustmentNoteRequest("SEDS984000004", AdjustmentNoteConcept.OTHER, "NA-2026-0001", "NDS",
                null, List.of(untaxed("12345", "producto de prueba", 2, "50000.00")));
    }

    static DocumentLine untaxed(String code, String name, int quantity, String price) {
        return new DocumentLine(code, name, quantity, new BigDecimal(price), BigDecimal.ZERO, BigDecimal.ZERO, "94",
                StandardCode.OWN, true, ItemTribute.IVA, null, null,
                List.of(new DocumentLine.WithholdingTax("06", new BigDecimal("3.50"))), null);
    }

    @Test
    void theCanonicalCreditNoteReferencesTheBillByNumberWithNetPrices() {
        JsonNode body = FactusV2BillPayloadTest.tree(CREDIT_NOTES.of(canonicalCreditNote()));

        assertThat(body).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                { "reference_code": "NOTA-2026-0015", "correction_concept_code": "1", "customization_id": "20",
                  "bill_number": "SETP990000550", "numbering_range_id": 9,
                  "payment_details": [ { "payment_form": "1", "payment_method_code": "10", "amount": "23800.00" } ],
                  "cash_rounding_amount": "0.00", "send_email": false, "observation": "Devolución de un producto B",
                  "items": [
                    { "code_reference": "PROD-000B", "name": "Producto B", "quantity": "1.00", "discount_rate": "0.00",
                      "price": "20000.00", "unit_measure_code": "94", "standard_code": "999",
                      "taxes": [ { "code": "01", "rate": "19.00" } ] } ] }"""));
    }

    @Test
    void aCreditNoteOnACreditBillCarriesItsFormMethodAndDueDate() {
        JsonNode creditBill = CREDIT_BILL;
        JsonNode noPayment = FactusV2BillPayloadTest.JSON.readTree("{\"number\": \"SETP990000550\"}");
        JsonNode creditWithoutDate = FactusV2BillPayloadTest.JSON.readTree("""
                {"payment_details": [ { "payment_form": { "code": "2" }, "payment_method": { "code": "47" } } ]}""");

        assertThat(payment(creditBill)).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                {"payment_form": "2", "payment_method_code": "47", "amount": "23800.00", "due_date": "2026-12-31"}"""));
        assertThat(payment(noPayment)).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                {"payment_form": "1", "payment_method_code": "10", "amount": "23800.00"}"""));
        assertThat(payment(creditWithoutDate)).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                {"payment_form": "1", "payment_method_code": "47", "amount": "23800.00"}"""));
    }

    private static JsonNode payment(JsonNode bill) {
        return FactusV2BillPayloadTest.tree(new FactusV2CreditNotePayload(RANGES, number -> bill)
                .of(canonicalCreditNote())).path("payment_details").get(0);
    }

    @Test
    void theCanonicalDebitNoteIsTheCreditNotesBodyWithItsOwnCustomizationConceptAndRange() {
        JsonNode debit = FactusV2BillPayloadTest.tree(DEBIT_NOTES.of(canonicalDebitNote()));

        ObjectNode expected = (ObjectNode) FactusV2BillPayloadTest.tree(CREDIT_NOTES.of(canonicalCreditNote()));
        expected.put("reference_code", "ND-2026-0001").put("correction_concept_code", "3")
                .put("customization_id", "30").put("numbering_range_id", 6)
                .put("observation", "Ajuste de precio del producto B");
        assertThat(debit).isEqualTo(expected);
    }

    @Test
    void aDebitNoteLineWhoseBaseDoesNotDivideKeepsV1sBaseWithADiscountAmount() {
        // 3 × 1000.00 with IVA 19 %: v1 counts base round2(3000 / 1.19) = 2521.01, IVA 478.99. The unit price divided
        // by 1.19 (840.34, what debit notes used to send) makes a base of 2521.02 and a total of 3000.01.
        DebitNoteRequest note = new DebitNoteRequest("SETP990000550", DebitNoteConcept.EXPENSES, "ND-2026-0002", null,
                null, null, List.of(FactusV2BillPayloadTest.line("GAS", "Gastos de cobranza", 3, "1000.00", "0",
                        "19.00", ItemTribute.IVA, false)));

        JsonNode body = FactusV2BillPayloadTest.tree(DEBIT_NOTES.of(note));

        JsonNode item = body.path("items").get(0);
        assertThat(item.path("price").asString()).isEqualTo("840.34");
        assertThat(item.path("discount_amount").asString()).isEqualTo("0.01");
        assertThat(item.has("discount_rate")).isFalse();
        assertThat(body.path("payment_details").get(0).path("amount").asString()).isEqualTo("3000.00");
        assertThat(body.path("cash_rounding_amount").asString()).isEqualTo("0.00");
        assertThat(body.path("correction_concept_code").asString()).isEqualTo("2");
    }

    @Test
    void aDebitNoteOnACreditBillCarriesItsFormMethodAndDueDateAndRefusesWhatV2DoesNotKnow() {
        DocumentLine ica = new DocumentLine("X", "X", 1, new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO,
                "94", StandardCode.OWN, true, ItemTribute.IVA, null, null,
                List.of(new DocumentLine.WithholdingTax("07", new BigDecimal("1.00"))), null);
        DebitNoteRequest reteIca = new DebitNoteRequest("SETP990000550", DebitNoteConcept.OTHER, "ND-2026-0003", null,
                null, null, List.of(ica));

        JsonNode body = FactusV2BillPayloadTest.tree(new FactusDebitNotePayload(RANGES, number -> CREDIT_BILL)
                .of(canonicalDebitNote()));

        assertThat(body.path("payment_details").get(0)).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                {"payment_form": "2", "payment_method_code": "47", "amount": "23800.00", "due_date": "2026-12-31"}"""));
        assertThatThrownBy(() -> DEBIT_NOTES.of(reteIca)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("items[0].withholding_taxes"));
    }

    @Test
    void theCanonicalSupportDocumentNamesItsProviderWithDianCodes() {
        JsonNode body = FactusV2BillPayloadTest.tree(SUPPORT_DOCUMENTS.of(canonicalSupportDocument()));

        assertThat(body).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                { "reference_code": "DS-2026-0001", "numbering_range_id": 148, "observation": "Compra a no obligado",
                  "payment_details": [ { "payment_form": "1", "payment_method_code": "10", "amount": "100000.00" } ],
                  "cash_rounding_amount": "0.00",
                  "provider": { "identification_document_code": "31", "identification": "2343543", "dv": "7",
                    "names": "Pepito Perez", "address": "calle 4", "country_code": "CO", "municipality_code": "68679",
                    "email": "pepito@example.com", "legal_organization_code": "2" },
                  "items": [
                    { "code_reference": "12345", "name": "producto de prueba", "quantity": "2.00",
                      "discount_rate": "0.00", "price": "50000.00", "unit_measure_code": "94", "standard_code": "999",
                      "taxes": [ { "is_excluded": true } ],
                      "withholding_taxes": [ { "code": "06", "rate": "3.50" } ] } ] }"""));
    }

    @Test
    void aForeignSellerHasACountryAndNoMunicipalityAndAnIvaLineIsSentNet() {
        Seller abroad = new Seller(IdentificationType.PASAPORTE, "AB123456", null, "John Smith", "Smith Consulting",
                "5th Avenue 1", "john@example.com", "+1 555 0100", "US", null, null);
        SupportDocumentRequest request = new SupportDocumentRequest(null, "DS-2026-0002", null,
                PaymentMethod.TRANSFER, abroad, List.of(FactusV2BillPayloadTest.line("SERV", "Asesoría", 1,
                        "59500.00", "0", "19.00", ItemTribute.IVA, false)));

        JsonNode body = FactusV2BillPayloadTest.tree(SUPPORT_DOCUMENTS.of(request));

        assertThat(body.path("provider")).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                { "identification_document_code": "41", "identification": "AB123456", "names": "John Smith",
                  "trade_name": "Smith Consulting", "address": "5th Avenue 1", "country_code": "US",
                  "email": "john@example.com", "phone": "+1 555 0100", "legal_organization_code": "2" }"""));
        assertThat(body.path("items").get(0).path("price").asString()).isEqualTo("50000.00");
        assertThat(body.path("items").get(0).path("taxes"))
                .isEqualTo(FactusV2BillPayloadTest.JSON.readTree("[{\"code\": \"01\", \"rate\": \"19.00\"}]"));
        // §14 Q7's safe choice: Σ payments = the computed total, IVA included.
        assertThat(body.path("payment_details").get(0).path("amount").asString()).isEqualTo("59500.00");
        assertThat(body.path("payment_details").get(0).path("payment_method_code").asString()).isEqualTo("47");
    }

    @Test
    void supportDocumentsTakeOnlyIvaAndNoReteIca() {
        DocumentLine inc = FactusV2BillPayloadTest.line("FOOD", "Comida", 1, "10800.00", "0", "8.00",
                ItemTribute.INC, false);
        DocumentLine ica = new DocumentLine("X", "X", 1, new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO,
                "94", StandardCode.OWN, true, ItemTribute.IVA, null, null,
                List.of(new DocumentLine.WithholdingTax("07", new BigDecimal("1.00"))), null);
        SupportDocumentRequest request = new SupportDocumentRequest(null, "DS-2026-0003", null, null,
                canonicalSupportDocument().provider(), List.of(inc, ica));

        assertThatThrownBy(() -> SUPPORT_DOCUMENTS.of(request)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("items[0].tribute", "items[1].withholding_taxes"));
    }

    @Test
    void theCanonicalAdjustmentNoteReferencesTheSupportDocumentByNumberAndCopiesItsProvider() {
        JsonNode body = FactusV2BillPayloadTest.tree(ADJUSTMENT_NOTES.of(canonicalAdjustmentNote()));

        assertThat(body).isEqualTo(FactusV2BillPayloadTest.JSON.readTree("""
                { "reference_code": "NA-2026-0001", "numbering_range_id": 149,
                  "support_document_number": "SEDS984000004", "correction_concept_code": "5",
                  "payment_details": [ { "payment_form": "1", "payment_method_code": "42", "amount": "100000.00" } ],
                  "cash_rounding_amount": "0.00",
                  "provider": { "identification_document_code": "31", "identification": "2343543", "dv": "7",
                    "names": "Pepito Perez", "address": "calle 4", "country_code": "CO", "municipality_code": "68679",
                    "legal_organization_code": "2" },
                  "items": [
                    { "code_reference": "12345", "name": "producto de prueba", "quantity": "2.00",
                      "discount_rate": "0.00", "price": "50000.00", "unit_measure_code": "94", "standard_code": "999",
                      "taxes": [ { "is_excluded": true } ],
                      "withholding_taxes": [ { "code": "06", "rate": "3.50" } ] } ] }"""));
    }

    @Test
    void anAdjustmentNoteWhoseSupportDocumentAnswerHasNoProviderSendsNone() {
        JsonNode bare = FactusV2BillPayloadTest.JSON.readTree("{\"number\": \"SEDS984000004\"}");

        JsonNode body = FactusV2BillPayloadTest.tree(new FactusV2AdjustmentNotePayload(RANGES, number -> bare)
                .of(canonicalAdjustmentNote()));

        assertThat(body.has("provider")).isFalse();
        assertThat(body.path("payment_details").get(0).path("payment_method_code").asString()).isEqualTo("10");
    }

    @Test
    void theV2AdjustmentNoteAnswerOfTheContractIsReadAsAValidatedNote() {
        // §7.4's V2EX create response: flat data, errors a list of notifications, totals without tax keys, no range.
        JsonNode data = FactusV2BillPayloadTest.JSON.readTree("""
                {"reference_code": "2fca4b6c-1", "number": "NA1", "is_validated": true,
                 "validated_at": "06-05-2026 11:44:12 AM",
                 "errors": ["Regla: NSAX04, Notificación: No se encuentra el grupo TaxSubtotal",
                            "Regla: NSAJ44b, Notificación: ..."],
                 "correction_concept": {"code": "5", "name": "Otros"},
                 "totals": {"gross_amount": "100000.00", "total": "100000.00"}, "cuds": "cuds96",
                 "support_document": {"reference_code": "0e3579fa-1", "number": "SEDS984000004", "cuds": "parent"},
                 "links": {"qr": "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=cuds96"}}""");

        ProviderDocument note = FactusDocumentJson.document(data, FactusEndpoints.ADJUSTMENT_NOTES_V2);

        assertThat(note.number()).isEqualTo("NA1");
        assertThat(note.uniqueCode()).isEqualTo("cuds96");
        assertThat(note.dianState()).isEqualTo(ProviderDocument.DianState.VALIDATED);
        assertThat(note.notices()).hasSize(2);
        assertThat(note.totals()).isEqualTo(new DocumentTotals(new BigDecimal("100000.00"), BigDecimal.ZERO,
                new BigDecimal("100000.00")));
        assertThat(note.qrUrl()).endsWith("documentkey=cuds96");
    }

    @Test
    void aV2CreditNoteAnswerIsReadFlatWithItsCude() {
        JsonNode data = FactusV2BillPayloadTest.JSON.readTree("""
                {"number": "NC856", "is_validated": false,
                 "errors": {"CAJ44b": "Regla: CAJ44b, Rechazo: el valor no coincide"},
                 "cude": "cude96", "numbering_range": {"prefix": "NC"},
                 "totals": {"gross_amount": "20000.00", "tax_amount": "3800.00", "total": "23800.00"}}""");

        ProviderDocument note = FactusDocumentJson.document(data, FactusEndpoints.CREDIT_NOTES_V2);

        assertThat(note.uniqueCode()).isEqualTo("cude96");
        assertThat(note.prefix()).isEqualTo("NC");
        assertThat(note.dianState()).isEqualTo(ProviderDocument.DianState.REJECTED);
        assertThat(note.totals().total()).isEqualByComparingTo("23800.00");
    }

    @Test
    void theV2PathsAreTheContractsOwn() {
        List<String> paths = new ArrayList<>();
        for (FactusEndpoints e : List.of(FactusEndpoints.CREDIT_NOTES_V2, FactusEndpoints.SUPPORT_DOCUMENTS_V2,
                FactusEndpoints.ADJUSTMENT_NOTES_V2)) {
            paths.addAll(java.util.Arrays.asList(e.validate(), e.list(), e.show(), e.pdf(), e.xml(),
                    String.valueOf(e.sendEmail()), e.delete(), String.valueOf(e.documentKey()), e.uniqueCodeKey()));
        }
        assertThat(paths).containsExactly(
                "/v2/credit-notes/validate", "/v2/credit-notes", "/v2/credit-notes/{number}",
                "/v2/credit-notes/{number}/download-pdf", "/v2/credit-notes/{number}/download-xml",
                "/v2/credit-notes/{number}/send-email", "/v2/credit-notes/reference/{reference}", "null", "cude",
                "/v2/support-documents/validate", "/v2/support-documents", "/v2/support-documents/{number}",
                "/v2/support-documents/{number}/download-pdf", "/v2/support-documents/{number}/download-xml",
                "null", "/v2/support-documents/reference/{reference}", "null", "cuds",
                "/v2/adjustment-notes/validate", "/v2/adjustment-notes", "/v2/adjustment-notes/{number}",
                "/v2/adjustment-notes/{number}/download-pdf", "/v2/adjustment-notes/{number}/download-xml",
                "null", "/v2/adjustment-notes/reference/{reference}", "null", "cuds");
    }
}
