package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Json;
import co.factusapi.emulator.document.V2View;
import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;

/**
 * Support documents in the flat v2 shape (v2 contract §7.3), whichever API version issued them. Factus documents no
 * v2 support-document answer (§14 Q9); this is the keys SDK2 assumes, laid out as the real adjustment-note answer
 * (V2EX, the best model per §7.3). D except what V2EX shows.
 */
public final class SupportDocumentV2Json {
    private SupportDocumentV2Json() {
    }

    static Map<String, Object> full(SupportDocument document) {
        V2View view = document.v2View();
        V2SupportDocumentDraft v2 = document.v2Draft();
        return Json.obj("reference_code", document.referenceCode(), "number", document.number(),
                "payment_details", V2Json.paymentDetails(paymentDetails(document)),
                "is_validated", document.dian().validated(),
                "validated_at", ColombiaTime.timestamp(document.dian().validatedAt()),
                // §14 Q1: a list of strings, as in the real adjustment-note answer; empty [].
                "errors", document.dian().errors(),
                "observation", document.observation(),
                "created_at", ColombiaTime.timestamp(document.createdAt()),
                "company", V2Json.company(document.company(), v2 == null ? null : v2.establishment()),
                "provider", document.v2Provider().toJson(),
                "numbering_range", document.range().toDocumentJson(),
                "items", V2Json.items(view.items(), view.amounts()),
                "taxes", V2Json.documentTaxes(view.amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(document.totals()),
                "totals", V2Json.totals(document.totals()),
                "adjustment_notes", document.adjustmentNotes().stream()
                        .<Object>map(note -> Json.obj("number", note.number())).toList(),
                "cuds", document.cuds(),
                "qr", document.qrUrl(),
                // V2EX's links carry no public_url for support-document families.
                "links", Json.obj("qr", document.qrUrl()));
    }

    /** Like the adjustment-note rows of the v2 docs (V2EX). */
    static Map<String, Object> listRow(SupportDocument document) {
        return Json.obj("api_client_name", "Factus emulator", "number", document.number(),
                "reference_code", document.referenceCode(), "provider", document.v2Provider().toJson(),
                "total", Money.text(document.totals().total()), "errors", document.dian().errors(),
                "send_email", false, "is_validated", document.dian().validated(),
                "validated_at", ColombiaTime.timestamp(document.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(document.createdAt()));
    }

    /** A v1 document has one means of payment: its method, cash, the whole total. */
    public static List<PaymentDetail> paymentDetails(SupportDocument document) {
        if (document.v2Draft() != null) {
            return document.v2Draft().paymentDetails();
        }
        return List.of(new PaymentDetail("1", document.paymentMethodCode(), document.totals().total(), null, null));
    }

    /** The corrected document inside an adjustment note: {@code {reference_code, number, cuds}} (V2EX). */
    public static Map<String, Object> reference(SupportDocument document) {
        return Json.obj("reference_code", document.referenceCode(), "number", document.number(),
                "cuds", document.cuds());
    }
}
