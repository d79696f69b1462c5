package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.document.AllowanceCharge;
import co.factusapi.emulator.document.BillingPeriod;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.document.V2Customer;
import java.util.List;
import java.util.Map;

/**
 * A validated credit note of either API version: {@code POST /v1/credit-notes/validate} ({@link CreditNoteDraft}) or
 * {@code POST /v2/credit-notes/validate} ({@link V2CreditNoteDraft}). Both go into the one credit-note store, range
 * and CUDE rule, so each version shows the other's notes; these are what both drafts answer in the same sense.
 */
public sealed interface CreditNoteRequest extends DocumentDraft permits CreditNoteDraft, V2CreditNoteDraft {
    /** 1–6 (v2 contract §7.1). */
    String correctionConceptCode();

    /** "20" references a bill, "22" does not. */
    String customizationId();

    boolean sendEmail();

    BillingPeriod billingPeriod();

    /** As sent, or null: v1 names the municipality {@code municipality_id}, v2 {@code municipality_code}. */
    Map<String, Object> establishment();

    List<AllowanceCharge> allowanceCharges();

    /** The customer in Factus ids, as v1 answers it. */
    Customer v1Customer();

    /** The customer in DIAN codes, as v2 answers it, with a NIT's DV resolved. */
    V2Customer v2Customer();
}
