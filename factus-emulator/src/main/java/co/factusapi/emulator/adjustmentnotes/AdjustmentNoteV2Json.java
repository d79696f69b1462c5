package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.document.PaymentDetail;
import co.factusapi.emulator.document.V2Json;
import co.factusapi.emulator.document.V2View;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.supportdocs.SupportDocumentV2Json;
import java.util.List;
import java.util.Map;

/**
 * Adjustment notes in the flat v2 shape of the docs' real create/show answer (V2EX, v2 contract §7.4), whichever API
 * version issued them: its keys in its order, plus {@code numbering_range} and the document {@code taxes[]} summary
 * the other v2 documents carry (D). {@code errors} is a list of strings, as in V2EX.
 */
final class AdjustmentNoteV2Json {
    private AdjustmentNoteV2Json() {
    }

    static Map<String, Object> full(AdjustmentNote note) {
        V2View view = note.v2View();
        return Json.obj("reference_code", note.referenceCode(), "number", note.number(),
                "payment_details", V2Json.paymentDetails(paymentDetails(note)),
                "correction_concept", DocumentJson.codeAndName(Catalog.ADJUSTMENT_CONCEPTS,
                        note.draft().correctionConceptCode()),
                "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                "errors", note.dian().errors(), "observation", note.observation(),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "company", V2Json.company(note.company(), null),
                "provider", note.v2Provider().toJson(),
                "numbering_range", note.range().toDocumentJson(),
                "items", V2Json.items(view.items(), view.amounts()),
                "taxes", V2Json.documentTaxes(view.amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()),
                "totals", V2Json.totals(note.totals()),
                "cuds", note.cuds(),
                "support_document", SupportDocumentV2Json.reference(note.supportDocument()),
                "links", Json.obj("qr", note.qrUrl()));
    }

    /** The V2EX list row: {api_client_name, number, reference_code, provider, total, errors, send_email, …}. */
    static Map<String, Object> listRow(AdjustmentNote note) {
        return Json.obj("api_client_name", "Factus emulator", "number", note.number(),
                "reference_code", note.referenceCode(), "provider", note.v2Provider().toJson(),
                "total", Money.text(note.totals().total()), "errors", note.dian().errors(),
                "send_email", false, "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(note.createdAt()));
    }

    /** A v1 note has one means of payment: its method, cash, the whole total. */
    private static List<PaymentDetail> paymentDetails(AdjustmentNote note) {
        if (note.v2Draft() != null) {
            return note.v2Draft().paymentDetails();
        }
        return List.of(new PaymentDetail("1", note.paymentMethodCode(), note.totals().total(), null, null));
    }
}
