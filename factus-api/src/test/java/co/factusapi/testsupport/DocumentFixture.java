package co.factusapi.testsupport;

import java.util.function.BiFunction;

/**
 * One kind of document as a caller issues it over HTTP, for the suites that run once per kind: its route, a valid
 * body (for a note, against a document it corrects), the document a note needs first, and where the emulator keeps it.
 */
public enum DocumentFixture {
    INVOICE("/api/v1/invoices", "POST /v1/bills/validate", "bills", null,
            (reference, parent) -> InvoiceJson.body(reference, "1137624282", "CC", null)),
    CREDIT_NOTE("/api/v1/credit-notes", "POST /v1/credit-notes/validate", "credit-notes", INVOICE,
            (reference, invoice) -> note("invoice_number", invoice, "partial_return", reference, true)),
    DEBIT_NOTE("/api/v1/debit-notes", "POST /v2/debit-notes/validate", "debit-notes", INVOICE,
            (reference, invoice) -> note("invoice_number", invoice, "interest", reference, true)),
    SUPPORT_DOCUMENT("/api/v1/support-documents", "POST /v1/support-documents/validate", "support-documents", null,
            (reference, parent) -> DocumentJson.supportDocument(reference)),
    ADJUSTMENT_NOTE("/api/v1/adjustment-notes", "POST /v1/adjustment-notes/validate", "adjustment-notes",
            SUPPORT_DOCUMENT,
            (reference, document) -> note("support_document_number", document, "partial_return", reference, false));

    private final String route;
    private final String validateEndpoint;
    private final String emulatorListing;
    private final DocumentFixture corrects;
    private final BiFunction<String, String, String> body;

    DocumentFixture(String route, String validateEndpoint, String emulatorListing, DocumentFixture corrects,
                    BiFunction<String, String, String> body) {
        this.route = route;
        this.validateEndpoint = validateEndpoint;
        this.emulatorListing = emulatorListing;
        this.corrects = corrects;
        this.body = body;
    }

    public String route() {
        return route;
    }

    /** The emulator's endpoint key of the validate call, for faults and counters. */
    public String validateEndpoint() {
        return validateEndpoint;
    }

    /** The control-plane path that lists what the emulator holds of this kind. */
    public String emulatorListing() {
        return "/__emulator/" + emulatorListing;
    }

    /** The kind of document a note of this kind corrects; null for a document that stands alone. */
    public DocumentFixture corrects() {
        return corrects;
    }

    /** {@code corrected} is the number of the document a note corrects (ignored for one that stands alone). */
    public String body(String reference, String corrected) {
        return body.apply(reference, corrected);
    }

    /** One line of one unit: a small share of the corrected document, so many notes fit on it. */
    private static String note(String field, String corrected, String concept, String reference, boolean taxed) {
        return """
                {"%s": "%s", "correction_concept": "%s", "reference_code": "%s",
                 "items": [%s]}""".formatted(field, corrected, concept, reference, DocumentJson.line(1, taxed));
    }
}
