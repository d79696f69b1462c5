package co.factusapi.domain.document;

/**
 * A document to issue, in canonical, provider-neutral terms. Every kind has its own record, validated in its
 * constructor; the pipeline needs only what they share.
 */
public interface DocumentRequest {

    DocumentKind kind();

    /** The caller's unique reference for this document: the key of retries and of lookups at the provider. */
    String referenceCode();

    /** Null for a note that corrects another document (it names it by number). */
    default String correctedNumber() {
        return null;
    }
}
