package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.IdentificationType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON body of {@code POST /v1/bills/validate} (docs/factus-upstream.md §3.2) from a canonical invoice. */
final class FactusBillPayload {
    private final FactusCatalog catalog;

    FactusBillPayload(FactusCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, Object> of(InvoiceRequest invoice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numbering_range_id", catalog.rangeId(RangeDocument.SALES_INVOICE, invoice.numberingRangePrefix()));
        body.put("document", invoice.documentType().dianCode());
        body.put("reference_code", invoice.referenceCode());
        putIfPresent(body, "observation", invoice.observation());
        body.put("payment_form", FactusCodes.paymentForm(invoice.paymentForm()));
        putIfPresent(body, "payment_due_date", invoice.paymentDueDate() == null ? null : invoice.paymentDueDate().toString());
        body.put("payment_method_code", invoice.paymentMethod().dianCode());
        putIfPresent(body, "operation_type", invoice.operationType() == null ? null : invoice.operationType().dianCode());
        putIfPresent(body, "send_email", invoice.sendEmail());
        putIfPresent(body, "order_reference", orderReference(invoice.orderReference()));
        putIfPresent(body, "related_documents", relatedDocuments(invoice));
        putIfPresent(body, "billing_period", billingPeriod(invoice.billingPeriod()));
        putIfPresent(body, "establishment", establishment(invoice.establishment()));
        if (!invoice.allowanceCharges().isEmpty()) {
            body.put("allowance_charges", invoice.allowanceCharges().stream().map(c -> Map.of(
                    "concept_type", c.conceptType(), "is_surcharge", c.surcharge(), "reason", c.reason(),
                    "base_amount", decimal(c.baseAmount()), "amount", decimal(c.amount()))).toList());
        }
        body.put("customer", customer(invoice.customer()));
        body.put("items", items(invoice.items()));
        return body;
    }

    /** The {@code items[]} of a bill; credit notes take the same shape (docs/factus-upstream.md §4). */
    List<Map<String, Object>> items(List<DocumentLine> lines) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            items.add(item(lines.get(i), "items[" + i + "]"));
        }
        return items;
    }

    private Map<String, Object> customer(Customer customer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identification_document_id", FactusCodes.identificationDocumentId(customer.documentType()));
        body.put("identification", customer.identification());
        if (customer.documentType() == IdentificationType.NIT) {
            body.put("dv", customer.dv());
        }
        putIfPresent(body, "company", customer.company());
        putIfPresent(body, "trade_name", customer.tradeName());
        // Factus requires "names" even for companies; the original sent the company name there.
        body.put("names", customer.names() != null && !customer.names().isBlank() ? customer.names() : customer.company());
        putIfPresent(body, "address", customer.address());
        putIfPresent(body, "email", customer.email());
        putIfPresent(body, "phone", customer.phone());
        body.put("legal_organization_id", FactusCodes.legalOrganizationId(customer.organizationType()));
        body.put("tribute_id", FactusCodes.customerTributeId(customer.tribute()));
        if (customer.municipalityCode() != null) {
            body.put("municipality_id", catalog.municipalityId(customer.municipalityCode(), "customer.municipality_code"));
        }
        return body;
    }

    private Map<String, Object> item(DocumentLine item, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code_reference", item.codeReference());
        body.put("name", item.name());
        body.put("quantity", item.quantity());
        body.put("discount_rate", decimal(item.discountRate()));
        body.put("price", decimal(item.price()));
        body.put("tax_rate", decimal(item.taxRate()));
        body.put("unit_measure_id", catalog.unitId(item.unitMeasureCode(), path + ".unit_measure_code"));
        body.put("standard_code_id", FactusCodes.standardCodeId(item.standardCode()));
        body.put("is_excluded", item.excluded() ? 1 : 0);
        body.put("tribute_id", FactusCodes.itemTributeId(item.tribute()));
        putIfPresent(body, "scheme_id", item.schemeId());
        putIfPresent(body, "note", item.note());
        if (!item.withholdingTaxes().isEmpty()) {
            body.put("withholding_taxes", item.withholdingTaxes().stream().map(w -> Map.of("code", w.code(),
                    "withholding_tax_rate", decimal(w.rate()))).toList());
        }
        if (item.mandate() != null) {
            body.put("mandate", Map.of("identification_document_id",
                    FactusCodes.identificationDocumentId(item.mandate().documentType()),
                    "identification", item.mandate().identification()));
        }
        return body;
    }

    /** The documents a contingency or export invoice refers to; the same list in v1 and v2 (v2 contract §12.1). */
    static List<Map<String, String>> relatedDocuments(InvoiceRequest invoice) {
        return invoice.relatedDocuments().isEmpty() ? null : invoice.relatedDocuments().stream()
                .map(d -> Map.of("code", d.code(), "issue_date", d.issueDate().toString(), "number", d.number()))
                .toList();
    }

    /** The same object in v1 and v2 (v2 contract §12.1). */
    static Map<String, Object> orderReference(InvoiceRequest.OrderReference reference) {
        if (reference == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", reference.referenceCode());
        putIfPresent(body, "issue_date", reference.issueDate() == null ? null : reference.issueDate().toString());
        return body;
    }

    private static Map<String, Object> billingPeriod(InvoiceRequest.BillingPeriod period) {
        if (period == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start_date", period.startDate().toString());
        putIfPresent(body, "start_time", period.startTime());
        body.put("end_date", period.endDate().toString());
        body.put("end_time", period.endTime());
        return body;
    }

    private Map<String, Object> establishment(InvoiceRequest.Establishment establishment) {
        if (establishment == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", establishment.name());
        body.put("address", establishment.address());
        body.put("phone_number", establishment.phoneNumber());
        body.put("email", establishment.email());
        body.put("municipality_id", catalog.municipalityId(establishment.municipalityCode(), "establishment.municipality_code"));
        return body;
    }

    /** Factus accepts decimals as strings; two decimals, never scientific notation. */
    private static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Leaves out what a client did not send: Factus reads an absent field and an empty one differently. */
    static void putIfPresent(Map<String, Object> body, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            body.put(key, value);
        }
    }
}
