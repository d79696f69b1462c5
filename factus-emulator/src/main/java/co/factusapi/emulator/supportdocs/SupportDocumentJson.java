package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.document.LineAmounts;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Support documents in the v1 shapes of the docs' example (docs/factus-upstream.md §6): document and list row. */
public final class SupportDocumentJson {
    private SupportDocumentJson() {
    }

    static Map<String, Object> full(SupportDocument document) {
        return Json.obj("company", document.company().toDocumentJson(),
                "provider", document.provider().toJson(),
                "support_document", header(document),
                "items", document.v1Draft() != null ? items(document.v1Draft().items(), document.totals())
                        : DocumentJson.v2ItemsInV1(document.v2Draft().items(), document.v2Amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(document.totals()),
                "adjustment_notes", adjustmentNotes(document),
                "numbering_range", document.range().toDocumentJson());
    }

    static Map<String, Object> listRow(SupportDocument document) {
        Provider provider = document.provider();
        return Json.obj("id", document.id(), "number", document.number(), "api_client_name", "Factus emulator",
                "reference_code", document.referenceCode(), "identification", provider.identification(),
                "graphic_representation_name", provider.names(), "trade_name", provider.tradeName(),
                "names", provider.names(), "email", provider.email(),
                "total", Money.text(document.totals().total()), "status", document.dian().status(),
                "errors", document.dian().errors(), "created_at", ColombiaTime.timestamp(document.createdAt()),
                "adjustment_notes", adjustmentNotes(document));
    }

    /**
     * The {@code support_document} block. As in the docs' example, the lines are excluded from tax: gross_value is
     * the sum of the line totals and taxable_amount is 0.00 (§6).
     */
    private static Map<String, Object> header(SupportDocument document) {
        DocumentTotals totals = document.totals();
        return Json.obj("id", document.id(), "number", document.number(),
                "reference_code", document.referenceCode(), "status", document.dian().status(),
                "qr", document.qrUrl(), "cuds", document.cuds(),
                "validated", ColombiaTime.timestamp(document.dian().validatedAt()),
                "gross_value", Money.text(totals.gross()), "taxable_amount", Money.ZERO.toPlainString(),
                "tax_amount", Money.text(totals.tax()), "total", Money.text(totals.total()),
                "observation", document.observation(), "errors", document.dian().errors(),
                "created_at", ColombiaTime.timestamp(document.createdAt()), "qr_image", DocumentJson.QR_IMAGE,
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, document.paymentMethodCode()));
    }

    /**
     * Items of a support document or adjustment note, as in the docs' example (§6): no tribute, every line excluded,
     * {@code gross_value} the line total after discount, {@code total} a bare JSON number.
     */
    public static List<Object> items(List<Item> drafts, DocumentTotals totals) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Item item = drafts.get(i);
            LineAmounts line = totals.lines().get(i);
            items.add(Json.obj("code_reference", item.codeReference(), "name", item.name(),
                    "quantity", item.quantity(), "discount_rate", Money.text(item.discountRate()),
                    "discount", Money.text(line.discount()), "gross_value", Money.text(line.lineTotal()),
                    "tax_rate", Money.ZERO.toPlainString(), "taxable_amount", Money.ZERO.toPlainString(),
                    "tax_amount", Money.text(line.tax()), "price", Money.text(item.price()), "is_excluded", 1,
                    "unit_measure", DocumentJson.entry(Catalog.MEASUREMENT_UNITS, item.unitMeasureId()),
                    "standard_code", DocumentJson.entry(Catalog.STANDARD_CODES, item.standardCodeId()),
                    "total", line.lineTotal().stripTrailingZeros(),
                    "withholding_taxes", DocumentJson.itemWithholdings(line)));
        }
        return items;
    }

    private static List<Object> adjustmentNotes(SupportDocument document) {
        return document.adjustmentNotes().stream()
                .<Object>map(note -> Json.obj("id", note.id(), "number", note.number())).toList();
    }
}
