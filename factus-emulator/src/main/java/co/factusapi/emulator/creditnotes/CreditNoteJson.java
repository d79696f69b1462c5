package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.http.Json;
import java.util.Map;

/**
 * Credit notes in the v1 shapes (docs/factus-upstream.md §4): the document with {@code credit_note{…}} and the list
 * row; {@code status}, {@code errors} and {@code validated} come from the note's DIAN status (§3.5).
 */
final class CreditNoteJson {
    private CreditNoteJson() {
    }

    static Map<String, Object> full(CreditNote note) {
        return Json.obj("company", note.company().toDocumentJson(),
                "establishment", DocumentJson.establishment(note.company(), DocumentJson.v1Establishment(note.draft().establishment())),
                "customer", DocumentJson.customer(note.customer(), note.customer().resolvedDv()),
                "numbering_range", note.range().toDocumentJson(),
                "billing_period", DocumentJson.billingPeriod(note.draft().billingPeriod()),
                "credit_note", header(note),
                "items", note.v1Draft() != null ? DocumentJson.items(note.v1Draft().items(), note.totals())
                        : DocumentJson.v2ItemsInV1(note.v2Draft().items(), note.v2Amounts()),
                "allowance_charges", DocumentJson.allowanceCharges(note.draft().allowanceCharges()),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()));
    }

    static Map<String, Object> listRow(CreditNote note) {
        Customer customer = note.customer();
        return Json.obj("id", note.id(), "number", note.number(), "api_client_name", "Factus emulator",
                "reference_code", note.referenceCode(), "identification", customer.identification(),
                "graphic_representation_name", customer.displayName(), "company", customer.company(),
                "trade_name", customer.tradeName(), "names", customer.names(), "email", customer.email(),
                "total", Money.text(note.totals().total()), "status", note.dian().status(),
                "errors", note.dian().errors(),
                "send_email", note.draft().sendEmail() ? 1 : 0, "created_at", ColombiaTime.timestamp(note.createdAt()),
                "bill_id", billId(note), "number_bill", note.bill() == null ? null : note.bill().number());
    }

    private static Map<String, Object> header(CreditNote note) {
        CreditNoteRequest draft = note.draft();
        DocumentTotals totals = note.totals();
        return Json.obj("id", note.id(), "number", note.number(), "reference_code", note.referenceCode(),
                "status", note.dian().status(), "send_email", draft.sendEmail() ? 1 : 0, "qr", note.qrUrl(),
                "cude", note.cude(), "validated", ColombiaTime.timestamp(note.dian().validatedAt()),
                "gross_value", Money.text(totals.gross()),
                "taxable_amount", Money.text(totals.gross()), "tax_amount", Money.text(totals.tax()),
                "discount_amount", Money.text(totals.discount()), "surcharge_amount", Money.text(totals.surcharge()),
                "total", Money.text(totals.total()), "observation", draft.observation(),
                "errors", note.dian().errors(),
                "created_at", ColombiaTime.timestamp(note.createdAt()), "qr_image", DocumentJson.QR_IMAGE,
                "bill_id", billId(note), "cufe", note.bill() == null ? null : note.bill().cufe(),
                "number_bill", note.bill() == null ? null : note.bill().number(),
                "payment_method", DocumentJson.codeAndName(Catalog.PAYMENT_METHODS, draft.paymentMethodCode()),
                "customization_id", DocumentJson.codeAndName(Catalog.CREDIT_NOTE_CUSTOMIZATIONS, draft.customizationId()),
                "correction_concept", DocumentJson.codeAndName(Catalog.CORRECTION_CONCEPTS, draft.correctionConceptCode()));
    }

    /** The Factus id v1 names the corrected bill by, whichever version issued the note (v2 names it by number). */
    private static Long billId(CreditNote note) {
        return note.bill() == null ? null : note.bill().id();
    }
}
