package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.supportdocument.Seller;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /v1/support-documents/validate} (docs/factus-upstream.md §6). */
final class FactusSupportDocumentPayload {
    /** v1 support-document lines carry no tax: Factus ignores tax fields there and treats every line as excluded. */
    static final List<String> TAX_FIELDS = List.of("tax_rate", "is_excluded", "tribute_id", "scheme_id", "mandate");
    private final FactusCatalog catalog;
    private final FactusBillPayload lines;

    FactusSupportDocumentPayload(FactusCatalog catalog) {
        this.catalog = catalog;
        this.lines = new FactusBillPayload(catalog);
    }

    Map<String, Object> of(SupportDocumentRequest request) {
        requireUntaxed(request.items());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference_code", request.referenceCode());
        body.put("numbering_range_id", catalog.rangeId(RangeDocument.SUPPORT_DOCUMENT, request.numberingRangePrefix()));
        body.put("payment_method_code", request.paymentMethod().dianCode());
        if (request.observation() != null && !request.observation().isBlank()) {
            body.put("observation", request.observation());
        }
        body.put("provider", provider(request.provider()));
        List<Map<String, Object>> items = lines.items(request.items());
        items.forEach(item -> TAX_FIELDS.forEach(item::remove));
        body.put("items", items);
        return body;
    }

    private Map<String, Object> provider(Seller seller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identification_document_id", FactusCodes.identificationDocumentId(seller.documentType()));
        body.put("identification", seller.identification());
        if (seller.dv() != null) {
            body.put("dv", seller.dv());
        }
        body.put("names", seller.names());
        if (seller.tradeName() != null) {
            body.put("trade_name", seller.tradeName());
        }
        body.put("address", seller.address());
        body.put("email", seller.email());
        if (seller.phone() != null) {
            body.put("phone", seller.phone());
        }
        body.put("is_resident", seller.resident() ? 1 : 0);
        body.put("country_code", seller.countryCode());
        if (seller.resident()) {
            body.put("municipality_id", catalog.municipalityId(seller.municipalityCode(), "provider.municipality_code"));
        }
        return body;
    }

    /** A taxed line would be issued untaxed by Factus v1: refused before anything leaves, with its field path. */
    static void requireUntaxed(List<DocumentLine> items) {
        List<FieldViolation> taxed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DocumentLine line = items.get(i);
            if (!line.excluded() && line.taxRate().compareTo(BigDecimal.ZERO) != 0) {
                taxed.add(new FieldViolation("items[" + i + "].tax_rate", "Factus v1 support documents and their "
                        + "adjustment notes carry no taxes: use tax_rate 0 or is_excluded true"));
            }
        }
        if (!taxed.isEmpty()) {
            throw new InvalidRequestException(taxed);
        }
    }
}
