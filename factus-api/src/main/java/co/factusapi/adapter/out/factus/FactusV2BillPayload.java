package co.factusapi.adapter.out.factus;

import static co.factusapi.adapter.out.factus.FactusBillPayload.orderReference;
import static co.factusapi.adapter.out.factus.FactusBillPayload.putIfPresent;
import static co.factusapi.adapter.out.factus.FactusBillPayload.relatedDocuments;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.invoice.OperationType;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The body of {@code POST /v2/bills/validate} (docs/factus-upstream.md §15; contract §3, §12.1) from a canonical
 * invoice: DIAN codes instead of Factus ids, net prices with {@code taxes[]} that reproduce v1's amounts
 * ({@link FactusV2Amounts}), one {@code payment_details[]} entry for the whole amount and {@code cash_rounding_amount}.
 *
 * <p>Choices where the v2 docs leave a question open (contract §14), each the safe reading:
 * <ul>
 * <li>Codes and amounts travel as strings with two decimals (§1.4: "send strings"); booleans as JSON booleans.</li>
 * <li>An excluded line is {@code [{"is_excluded": true}]} with no code or rate (Q15); a 0 % line is
 * {@code [{"code": "01", "rate": "0.00"}]}.</li>
 * <li>{@code created_time}, {@code prepayment_details}, {@code currency} are never sent (Q11, Q6, Q14).</li>
 * <li>The payment is v1's total; {@code cash_rounding_amount} is always sent, "0.00" unless a cent cannot be matched
 * (Q7: Σ payments = total + cash rounding).</li>
 * <li>{@code customer.responsibilities} is left to Factus's default {@code ["R-99-PN"]}: our canonical customer has
 * none. {@code country_code} "CO" goes with a DANE municipality, nothing for a foreign customer.</li>
 * <li>What v2 no longer takes is refused with a 422 before anything is sent: the IC and ICA item taxes (v2 knows
 * 01, 04, 35) and the ReteICA self-withholding 07.</li>
 * </ul>
 */
final class FactusV2BillPayload {
    private static final String COLOMBIA = "CO";
    private static final String RETE_ICA = "07";
    private final BiFunction<RangeDocument, String, Long> rangeIds;

    /** {@code rangeIds}: the account's numbering-range id for a document and prefix (the cached catalogue). */
    FactusV2BillPayload(BiFunction<RangeDocument, String, Long> rangeIds) {
        this.rangeIds = rangeIds;
    }

    Map<String, Object> of(InvoiceRequest invoice) {
        requireV2Vocabulary(invoice.items());
        FactusV2Amounts.Bill amounts = FactusV2Amounts.of(invoice.items(), charges(invoice));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", invoice.referenceCode());
        body.put("numbering_range_id", rangeIds.apply(RangeDocument.SALES_INVOICE, invoice.numberingRangePrefix()));
        body.put("document", invoice.documentType().dianCode());
        body.put("operation_type", (invoice.operationType() == null ? OperationType.STANDARD
                : invoice.operationType()).dianCode());
        putIfPresent(body, "send_email", invoice.sendEmail());
        putIfPresent(body, "observation", invoice.observation());
        body.put("payment_details", List.of(payment(invoice, amounts.payable())));
        body.put("cash_rounding_amount", text(amounts.cashRounding()));
        putIfPresent(body, "order_reference", orderReference(invoice.orderReference()));
        putIfPresent(body, "related_documents", relatedDocuments(invoice));
        putIfPresent(body, "billing_period", billingPeriod(invoice.billingPeriod()));
        putIfPresent(body, "establishment", establishment(invoice.establishment()));
        if (!invoice.allowanceCharges().isEmpty()) {
            body.put("allowance_charges", invoice.allowanceCharges().stream().map(c -> Map.of(
                    "concept_type", c.conceptType(), "is_surcharge", c.surcharge(), "reason", c.reason(),
                    "base_amount", text(c.baseAmount()), "amount", text(c.amount()))).toList());
        }
        body.put("customer", customer(invoice.customer()));
        body.put("items", amounts.lines().stream().map(FactusV2BillPayload::item).toList());
        return body;
    }

    /** Surcharges add to the total, allowances subtract; neither is taxed (contract §4.1 rule 4, v1 the same). */
    private static BigDecimal charges(InvoiceRequest invoice) {
        return invoice.allowanceCharges().stream()
                .map(c -> c.surcharge() ? c.amount() : c.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, Object> payment(InvoiceRequest invoice, BigDecimal amount) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("payment_form", invoice.paymentForm().dianCode());
        payment.put("payment_method_code", invoice.paymentMethod().dianCode());
        payment.put("amount", text(amount));
        putIfPresent(payment, "due_date", invoice.paymentDueDate() == null ? null : invoice.paymentDueDate().toString());
        return payment;
    }

    /** One v2 item from a converted line: the shape bills, credit notes and support documents share (§3.4, §7). */
    static Map<String, Object> item(FactusV2Amounts.Line line) {
        DocumentLine source = line.source();
        Map<String, Object> amounts = new LinkedHashMap<>();
        if (line.discountRate() != null) {
            amounts.put("discount_rate", text(line.discountRate()));
        } else {
            amounts.put("discount_amount", text(line.discountAmount()));
        }
        amounts.put("price", text(line.price()));
        Map<String, Object> tax = new LinkedHashMap<>();
        if (source.excluded()) {
            tax.put("is_excluded", true);
        } else {
            tax.put("code", source.tribute().dianCode());
            tax.put("rate", text(source.taxRate()));
        }
        List<Map<String, Object>> taxes = List.of(tax);
        Map<String, Object> item = FactusV2Lines.item(source, amounts, taxes);
        putIfPresent(item, "scheme_id", source.schemeId());
        if (source.mandate() != null) {
            Map<String, Object> mandate = new LinkedHashMap<>();
            mandate.put("identification_document_code", source.mandate().documentType().dianCode());
            mandate.put("identification", source.mandate().identification());
            item.put("mandate", mandate);
        }
        return item;
    }

    /** Contract §3.3 / §12.1: DIAN codes, the DANE municipality code, names for people and company for companies. */
    private static Map<String, Object> customer(Customer customer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identification_document_code", customer.documentType().dianCode());
        body.put("identification", customer.identification());
        if (customer.documentType() == IdentificationType.NIT) {
            putIfPresent(body, "dv", customer.dv());
        }
        putIfPresent(body, "company", customer.company());
        putIfPresent(body, "trade_name", customer.tradeName());
        // As in v1, names always: the company's name when a legal person has none.
        body.put("names", customer.names() != null && !customer.names().isBlank() ? customer.names() : customer.company());
        OrganizationType organization = customer.organizationType() == null ? OrganizationType.PERSON
                : customer.organizationType();
        body.put("legal_organization_code", organization.dianCode());
        body.put("tribute_code", customer.tribute() == null ? "ZZ" : customer.tribute().dianCode());
        if (customer.municipalityCode() != null) {
            FactusV2Tables.requireMunicipality(customer.municipalityCode(), "customer.municipality_code");
            body.put("country_code", COLOMBIA);
            body.put("municipality_code", customer.municipalityCode());
        }
        putIfPresent(body, "email", customer.email());
        putIfPresent(body, "address", customer.address());
        putIfPresent(body, "phone", customer.phone());
        return body;
    }

    private static Map<String, Object> establishment(InvoiceRequest.Establishment establishment) {
        if (establishment == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", establishment.name());
        body.put("address", establishment.address());
        body.put("phone_number", establishment.phoneNumber());
        body.put("email", establishment.email());
        FactusV2Tables.requireMunicipality(establishment.municipalityCode(), "establishment.municipality_code");
        body.put("municipality_code", establishment.municipalityCode());
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
        putIfPresent(body, "end_time", period.endTime());
        return body;
    }

    /** The item taxes and self-withholdings v2 knows (contract §11), or a 422 naming each line that uses another. */
    static void requireV2Vocabulary(List<DocumentLine> lines) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            if (!line.excluded() && line.tribute() != ItemTribute.IVA && line.tribute() != ItemTribute.INC) {
                violations.add(new FieldViolation("items[" + i + "].tribute", "Factus v2 takes only IVA (01) and INC "
                        + "(04) item taxes; this account speaks v2"));
            }
            if (line.withholdingTaxes().stream().anyMatch(w -> RETE_ICA.equals(w.code()))) {
                violations.add(new FieldViolation("items[" + i + "].withholding_taxes", "ReteICA (07) is not a "
                        + "Factus v2 self-withholding; this account speaks v2"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    static String text(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
