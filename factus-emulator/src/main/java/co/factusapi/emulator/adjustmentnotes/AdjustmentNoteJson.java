package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.SupportDocument;
import co.factusapi.emulator.supportdocs.SupportDocumentJson;
import java.util.Map;

/**
 * Adjustment notes in v1 shapes. The v1 page's answers were overwritten with v2 content (docs/factus-upstream.md §7),
 * so the shape is the v1 support document's with {@code adjustment_note{…}} in place of {@code support_document{…}},
 * plus what the v2 example adds: the note's own {@code cuds}, its {@code correction_concept{code,name}} and the
 * corrected document as {@code support_document{reference_code, number, cuds}} (D for the v1 layout).
 */
final class AdjustmentNoteJson {
    private AdjustmentNoteJson() {
    }

    static Map<String, Object> full(AdjustmentNote note) {
        return Json.obj("company", note.company().toDocumentJson(),
                "provider", note.provider().toJson(),
                "adjustment_note", header(note),
                "support_document", supportDocument(note.supportDocument()),
                "items", note.v1Draft() != null ? SupportDocumentJson.items(note.v1Draft().items(), note.totals())
                        : DocumentJson.v2ItemsInV1(note.v2Draft().items(), note.v2Amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()),
                "numbering_range", note.range().toDocumentJson());
    }

    static Map<String, Object> listRow(AdjustmentNote note) {
        Provider provider = note.provider();
        return Json.obj("id", note.id(), "number", note.number(), "api_client_name", "Factus emulator",
                "reference_code", note.referenceCode(), "identification", provider.identification(),
                "graphic_representation_name", provider.names(), "trade_name", provider.tradeName(),
                "names", provider.names(), "email", provider.email(), "total", Money.text(note.totals().total()),
                "status", note.dian().status(), "errors", note.dian().errors(),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "support_document", supportDocument(note.supportDocument()));
    }

    private static Map<String, Object> header(AdjustmentNote note) {
        DocumentTotals totals = note.totals();
        return Json.obj("id", note.id(), "number", note.number(), "reference_code", note.referenceCode(),
                "status", note.dian().status(), "qr", note.qrUrl(), "cuds", note.cuds(),
                "validated", ColombiaTime.timestamp(note.dian().validatedAt()),
                "gross_value", Money.text(totals.gross()), "taxable_amount", Money.ZERO.toPlainString(),
                "tax_amount", Money.text(totals.tax()), "total", Money.text(totals.total()),
                "observation", note.observation(), "errors", note.dian().errors(),
                "created_at", ColombiaTime.timestamp(note.createdAt()), "qr_image", DocumentJson.QR_IMAGE,
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, note.paymentMethodCode()),
                "correction_concept", DocumentJson.codeAndName(Catalog.ADJUSTMENT_CONCEPTS,
                        note.draft().correctionConceptCode()),
                "support_document_id", note.supportDocument().id());
    }

    private static Map<String, Object> supportDocument(SupportDocument document) {
        return Json.obj("id", document.id(), "reference_code", document.referenceCode(),
                "number", document.number(), "cuds", document.cuds());
    }
}
