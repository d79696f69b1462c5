package co.factusapi.adapter.out.factus;

/**
 * The Factus paths of one kind of document (docs/factus-upstream.md §3, §4, §6, §7) and how its answer names it:
 * the key of the document inside {@code data} (null: {@code data} is the document, as in v2) and of its DIAN unique
 * code. {@code sendEmail} is null where Factus has no e-mail endpoint for the kind. {@code operation} prefixes the per-operation metrics.
 */
record FactusEndpoints(String operation, String validate, String list, String show, String pdf, String xml,
                       String sendEmail, String delete, String documentKey, String uniqueCodeKey) {

    static final FactusEndpoints BILLS = new FactusEndpoints("bills", "/v1/bills/validate", "/v1/bills",
            "/v1/bills/show/{number}", "/v1/bills/download-pdf/{number}", "/v1/bills/download-xml/{number}",
            "/v1/bills/send-email/{number}", "/v1/bills/destroy/reference/{reference}", "bill", "cufe");

    /**
     * Bills of an account that speaks v2 (contract §2, §5): the number comes first in show, files and e-mail; delete
     * keeps v1's {@code destroy/reference} path (§5.5); the XML path has no trailing slash (§14 Q17); the answer's
     * {@code data} is the bill itself.
     */
    static final FactusEndpoints BILLS_V2 = new FactusEndpoints("bills", "/v2/bills/validate", "/v2/bills",
            "/v2/bills/{number}", "/v2/bills/{number}/download-pdf", "/v2/bills/{number}/download-xml",
            "/v2/bills/{number}/send-email", "/v2/bills/destroy/reference/{reference}", null, "cufe");

    /** "show" has no {@code /show/} segment for credit notes. */
    static final FactusEndpoints CREDIT_NOTES = new FactusEndpoints("credit-notes", "/v1/credit-notes/validate",
            "/v1/credit-notes", "/v1/credit-notes/{number}", "/v1/credit-notes/download-pdf/{number}",
            "/v1/credit-notes/download-xml/{number}", "/v1/credit-notes/send-email/{number}",
            "/v1/credit-notes/reference/{reference}", "credit_note", "cude");

    /**
     * Credit notes of an account that speaks v2 (contract §2, §7.1): the number comes first in files and e-mail, delete
     * by {@code reference/{ref}}; the answer's {@code data} is the note itself, its DIAN code {@code cude}.
     */
    static final FactusEndpoints CREDIT_NOTES_V2 = new FactusEndpoints("credit-notes", "/v2/credit-notes/validate",
            "/v2/credit-notes", "/v2/credit-notes/{number}", "/v2/credit-notes/{number}/download-pdf",
            "/v2/credit-notes/{number}/download-xml", "/v2/credit-notes/{number}/send-email",
            "/v2/credit-notes/reference/{reference}", null, "cude");

    /**
     * Debit notes exist only in Factus's v2 API (docs/factus-upstream.md §5): v2 paths, and an answer whose
     * {@code data} is the document itself (no key).
     */
    static final FactusEndpoints DEBIT_NOTES = new FactusEndpoints("debit-notes", "/v2/debit-notes/validate",
            "/v2/debit-notes", "/v2/debit-notes/{number}", "/v2/debit-notes/{number}/download-pdf",
            "/v2/debit-notes/{number}/download-xml", "/v2/debit-notes/{number}/send-email",
            "/v2/debit-notes/reference/{reference}", null, "cude");

    /** Factus has no e-mail endpoint for support documents. */
    static final FactusEndpoints SUPPORT_DOCUMENTS = new FactusEndpoints("support-documents",
            "/v1/support-documents/validate", "/v1/support-documents", "/v1/support-documents/show/{number}",
            "/v1/support-documents/download-pdf/{number}", "/v1/support-documents/download-xml/{number}", null,
            "/v1/support-documents/reference/{reference}", "support_document", "cuds");

    /** Support documents of a v2 account (contract §2, §7.3): no {@code /show/} segment, no e-mail, {@code data} flat. */
    static final FactusEndpoints SUPPORT_DOCUMENTS_V2 = new FactusEndpoints("support-documents",
            "/v2/support-documents/validate", "/v2/support-documents", "/v2/support-documents/{number}",
            "/v2/support-documents/{number}/download-pdf", "/v2/support-documents/{number}/download-xml", null,
            "/v2/support-documents/reference/{reference}", null, "cuds");

    /** "show" has no {@code /show/} segment; no e-mail endpoint. */
    static final FactusEndpoints ADJUSTMENT_NOTES = new FactusEndpoints("adjustment-notes",
            "/v1/adjustment-notes/validate", "/v1/adjustment-notes", "/v1/adjustment-notes/{number}",
            "/v1/adjustment-notes/download-pdf/{number}", "/v1/adjustment-notes/download-xml/{number}", null,
            "/v1/adjustment-notes/reference/{reference}", "adjustment_note", "cuds");

    /**
     * Adjustment notes of a v2 account (contract §2, §7.4): delete under {@code /v2/} although the docs' delete page
     * prints {@code /v1/} (§14 Q17, FIND #1); no e-mail; {@code data} flat, its DIAN code {@code cuds}.
     */
    static final FactusEndpoints ADJUSTMENT_NOTES_V2 = new FactusEndpoints("adjustment-notes",
            "/v2/adjustment-notes/validate", "/v2/adjustment-notes", "/v2/adjustment-notes/{number}",
            "/v2/adjustment-notes/{number}/download-pdf", "/v2/adjustment-notes/{number}/download-xml", null,
            "/v2/adjustment-notes/reference/{reference}", null, "cuds");
}
