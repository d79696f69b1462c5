package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.domain.supportdocument.Seller;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The body of {@code POST /v2/support-documents/validate} (docs/factus-upstream.md §15; contract §7.3): the seller as
 * {@code provider} with DIAN codes (identification document code, legal organization code, the DANE municipality and
 * ISO country instead of v1's Factus ids and {@code is_resident}), one {@code payment_details[]} entry (paid at once,
 * the request's method), and the lines in v2's net form ({@link FactusV2Amounts}).
 *
 * <p>Choices where the contract leaves a question open (§14):
 * <ul>
 * <li>Lines: v2 support documents take {@code taxes[]} with IVA (01) only; an untaxed line is
 * {@code [{"is_excluded": true}]} when excluded and {@code [{"code": "01", "rate": "0.00"}]} at 0 %, as on bills.
 * An IVA line is accepted (v1 refused every taxed line) and its payment includes the IVA: Q7 leaves open whether IVA
 * on a support document is payable, and its safe choice is Σ payments = the computed total. Any other tax code on a line that is not excluded (even at 0 %),
 * and the ReteICA withholding 07 (gone from v2), are refused with a 422 before anything is sent.</li>
 * <li>{@code legal_organization_code} is in the example but not the table (Q15, FIND #10): sent, "2" (natural person)
 * when the seller's type is unknown, as bills default it. {@code tribute_code} is in no example: not sent.</li>
 * <li>{@code country_code} is always sent (required); {@code municipality_code} only for a resident seller.</li>
 * <li>{@code created_time} is never sent (Q11).</li>
 * </ul>
 */
final class FactusV2SupportDocumentPayload {
    private static final String PAID_AT_ONCE = "1";
    private static final String RETE_ICA = "07";
    /** Support-document lines never carry a mandate or an income scheme. */
    private static final List<String> NOT_ON_SUPPORT_DOCUMENTS = List.of("scheme_id", "mandate");
    private final BiFunction<RangeDocument, String, Long> rangeIds;

    FactusV2SupportDocumentPayload(BiFunction<RangeDocument, String, Long> rangeIds) {
        this.rangeIds = rangeIds;
    }

    Map<String, Object> of(SupportDocumentRequest request) {
        requireSupportVocabulary(request.items());
        FactusV2Amounts.Bill amounts = FactusV2Amounts.of(request.items(), BigDecimal.ZERO);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("numbering_range_id", rangeIds.apply(RangeDocument.SUPPORT_DOCUMENT, request.numberingRangePrefix()));
        FactusBillPayload.putIfPresent(body, "observation", request.observation());
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("payment_form", PAID_AT_ONCE);
        payment.put("payment_method_code", request.paymentMethod().dianCode());
        payment.put("amount", FactusV2BillPayload.text(amounts.payable()));
        body.put("payment_details", List.of(payment));
        body.put("cash_rounding_amount", FactusV2BillPayload.text(amounts.cashRounding()));
        body.put("provider", provider(request.provider()));
        body.put("items", items(amounts));
        return body;
    }

    /** The lines of a support document or of an adjustment note to one. */
    static List<Map<String, Object>> items(FactusV2Amounts.Bill amounts) {
        return amounts.lines().stream().map(line -> {
            Map<String, Object> item = FactusV2BillPayload.item(line);
            NOT_ON_SUPPORT_DOCUMENTS.forEach(item::remove);
            return item;
        }).toList();
    }

    private static Map<String, Object> provider(Seller seller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identification_document_code", seller.documentType().dianCode());
        body.put("identification", seller.identification());
        FactusBillPayload.putIfPresent(body, "dv", seller.dv());
        body.put("names", seller.names());
        FactusBillPayload.putIfPresent(body, "trade_name", seller.tradeName());
        body.put("address", seller.address());
        body.put("country_code", seller.countryCode());
        if (seller.resident()) {
            FactusV2Tables.requireMunicipality(seller.municipalityCode(), "provider.municipality_code");
            body.put("municipality_code", seller.municipalityCode());
        }
        FactusBillPayload.putIfPresent(body, "email", seller.email());
        FactusBillPayload.putIfPresent(body, "phone", seller.phone());
        body.put("legal_organization_code", (seller.organizationType() == null ? OrganizationType.PERSON
                : seller.organizationType()).dianCode());
        return body;
    }

    /** v2 support-document lines: untaxed, or IVA (01) only; withholdings 05/06 only (contract §7.3, §11). */
    static void requireSupportVocabulary(List<DocumentLine> lines) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            // taxes[].code must be 01 even at 0 %: only an excluded line names no tax.
            if (!line.excluded() && line.tribute() != ItemTribute.IVA) {
                violations.add(new FieldViolation("items[" + i + "].tribute", "Factus v2 support documents and their "
                        + "adjustment notes take only IVA (01); this account speaks v2"));
            }
            if (line.withholdingTaxes().stream().anyMatch(w -> RETE_ICA.equals(w.code()))) {
                violations.add(new FieldViolation("items[" + i + "].withholding_taxes", "ReteICA (07) is not a "
                        + "Factus v2 withholding; this account speaks v2"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
