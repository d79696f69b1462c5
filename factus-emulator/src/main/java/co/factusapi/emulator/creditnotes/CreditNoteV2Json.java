package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillJson;
import co.factusapi.emulator.catalog.Catalog;
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
 * Credit notes in the flat v2 shape (v2 contract §7.1, §5.1), whichever API version issued them. Factus documents no
 * v2 credit-note answer (§14 Q9), so this is the debit notes' shape: the v2 bill field table's blocks plus what SDK2
 * assumes and the real adjustment-note answer shows ({@code correction_concept{code,name}}, the corrected document as
 * a nested object). Every key the bill table lacks is D.
 */
final class CreditNoteV2Json {
    private CreditNoteV2Json() {
    }

    static Map<String, Object> full(CreditNote note) {
        CreditNoteRequest draft = note.draft();
        V2View view = note.v2View();
        return Json.obj("reference_code", note.referenceCode(), "number", note.number(),
                "payment_details", V2Json.paymentDetails(paymentDetails(note)),
                "correction_concept", DocumentJson.codeAndName(Catalog.CORRECTION_CONCEPTS,
                        draft.correctionConceptCode()),
                "customization", DocumentJson.codeAndName(Catalog.CREDIT_NOTE_CUSTOMIZATIONS,
                        draft.customizationId()),
                "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                // §14 Q1: as the only real v2 document answer (an adjustment note), a list of strings; empty [].
                "errors", note.dian().errors(),
                "observation", draft.observation(), "send_email", draft.sendEmail(),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "company", V2Json.company(note.company(), note.v2Draft() == null ? null : draft.establishment()),
                "customer", note.v2Customer().toJson(),
                "numbering_range", note.range().toDocumentJson(),
                "billing_period", V2Json.billingPeriod(draft.billingPeriod()),
                "items", V2Json.items(view.items(), view.amounts()),
                "allowance_charges", DocumentJson.allowanceCharges(draft.allowanceCharges()),
                "taxes", V2Json.documentTaxes(view.amounts()),
                "withholding_taxes", DocumentJson.withholdingTotals(note.totals()),
                "totals", V2Json.totals(note.totals()),
                "cude", note.cude(),
                // SDK2 reads a top-level qr as well as links.qr (§7.1, D): both carry the same URL.
                "qr", note.qrUrl(),
                "related_bill", BillJson.related(note.bill()),
                "links", Json.obj("qr", note.qrUrl(), "public_url", note.publicUrl()));
    }

    /** Like the adjustment-note rows of the v2 docs (V2EX), with the customer in place of the provider. */
    static Map<String, Object> listRow(CreditNote note) {
        return Json.obj("api_client_name", "Factus emulator", "number", note.number(),
                "reference_code", note.referenceCode(), "customer", note.v2Customer().toJson(),
                "total", Money.text(note.totals().total()), "errors", note.dian().errors(),
                "send_email", note.draft().sendEmail(), "is_validated", note.dian().validated(),
                "validated_at", ColombiaTime.timestamp(note.dian().validatedAt()),
                "created_at", ColombiaTime.timestamp(note.createdAt()),
                "related_bill", BillJson.related(note.bill()));
    }

    /** A v1 note has one means of payment: its method, cash, the whole total. */
    private static List<PaymentDetail> paymentDetails(CreditNote note) {
        if (note.v2Draft() != null) {
            return note.v2Draft().paymentDetails();
        }
        return List.of(new PaymentDetail("1", note.draft().paymentMethodCode(), note.totals().total(), null, null));
    }
}
