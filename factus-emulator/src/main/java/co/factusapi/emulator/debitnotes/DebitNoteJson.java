package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.BillJson;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.Money;
import co.factusapi.emulator.document.V2Json;
import co.factusapi.emulator.http.Json;
import java.util.Map;

/**
 * Debit notes in the flat v2 shape (docs/factus-upstream.md §5.2, §13). Factus documents no debit-note answer, so
 * this follows the v2 bill field table and the only real v2 document answer, the adjustment note's (§7); every key
 * below is D unless the bill table has it. Booleans are JSON booleans, money and quantities 2-decimal strings,
 * timestamps {@code dd-MM-yyyy hh:mm:ss AM/PM} in Colombian time, dates {@code dd-MM-yyyy}.
 */
final class DebitNoteJson {
    private DebitNoteJson() {
    }

    static Map<String, Object> full(DebitNote note) {
        DebitNoteDraft draft = note.draft();
        return Json.obj("reference_code", note.referenceCode(), "number", note.number(),
                "payment_details", V2Json.paymentDetails(draft.paymentDetails()),
                "correction_concept", DocumentJson.codeAndName(Catalog.DEBIT_NOTE_CONCEPTS,
                        draft.correctionConceptCode()),
                "customization", DocumentJson.codeAndName(Catalog.DEBIT_NOTE_CUSTOMIZATIONS, draft.customizationId()),
                "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                // The only real v2 example lists the DIAN messages as strings; an empty list is [] (§5.2).
                "errors", note.dian().errors(),
                "observation", draft.observation(), "send_email", draft.sendEmail(),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "company", V2Json.company(note.company(), draft.establishment()),
                "customer", draft.customer().toJson(),
                "numbering_range", note.range().toDocumentJson(),
                "billing_period", V2Json.billingPeriod(draft.billingPeriod()),
                "items", V2Json.items(draft.items(), note.amounts()),
                "allowance_charges", DocumentJson.allowanceCharges(draft.allowanceCharges()),
                "taxes", V2Json.documentTaxes(note.amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()),
                "totals", V2Json.totals(note.totals()),
                "cude", note.cude(),
                // SDKs read a top-level qr as well as links.qr (§5.2, D): both carry the same URL.
                "qr", note.qrUrl(),
                "related_bill", BillJson.related(note.bill()),
                "links", Json.obj("qr", note.qrUrl(), "public_url", note.publicUrl()));
    }

    /** Like the adjustment-note rows of the v2 docs (§5.2), with the customer in place of the provider. */
    static Map<String, Object> listRow(DebitNote note) {
        return Json.obj("api_client_name", "Factus emulator", "number", note.number(),
                "reference_code", note.referenceCode(), "customer", note.customer().toJson(),
                "total", Money.text(note.totals().total()), "errors", note.dian().errors(),
                "send_email", note.draft().sendEmail(), "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(note.createdAt()));
    }
}
