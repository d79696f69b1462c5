package co.factusapi.adapter.out.factus;

/**
 * The Factus paths of one kind of document (docs/factus-upstream.md §3, §4, §6, §7) and how its answer names it:
 * the key of the document inside {@code data} and of its DIAN unique code. {@code sendEmail} is null where Factus
 * has no e-mail endpoint for the kind. {@code operation} prefixes the per-operation metrics.
 */
record FactusEndpoints(String operation, String validate, String list, String show, String pdf, String xml,
                       String sendEmail, String delete, String documentKey, String uniqueCodeKey) {

    static final FactusEndpoints BILLS = new FactusEndpoints("bills", "/v1/bills/validate", "/v1/bills",
            "/v1/bills/show/{number}", "/v1/bills/download-pdf/{number}", "/v1/bills/download-xml/{number}",
            "/v1/bills/send-email/{number}", "/v1/bills/destroy/reference/{reference}", "bill", "cufe");

    /** "show" has no {@code /show/} segment for credit notes. */
    static final FactusEndpoints CREDIT_NOTES = new FactusEndpoints("credit-notes", "/v1/credit-notes/validate",
            "/v1/credit-notes", "/v1/credit-notes/{number}", "/v1/credit-notes/download-pdf/{number}",
            "/v1/credit-notes/download-xml/{number}", "/v1/credit-notes/send-email/{number}",
            "/v1/credit-notes/reference/{reference}", "credit_note", "cude");
}
