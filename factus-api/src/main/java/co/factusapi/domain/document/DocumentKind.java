package co.factusapi.domain.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DIAN documents the service issues. A note corrects one of our documents of the kind {@link #corrects()}:
 * credit and debit notes correct sales invoices; adjustment notes correct support documents.
 */
public enum DocumentKind {
    INVOICE("invoice", "invoice", null),
    CREDIT_NOTE("credit-note", "credit note", INVOICE),
    DEBIT_NOTE("debit-note", "debit note", INVOICE),
    SUPPORT_DOCUMENT("support-document", "support document", null),
    ADJUSTMENT_NOTE("adjustment-note", "adjustment note", SUPPORT_DOCUMENT);

    private final String slug;
    private final String label;
    private final DocumentKind corrects;

    DocumentKind(String slug, String label, DocumentKind corrects) {
        this.slug = slug;
        this.label = label;
        this.corrects = corrects;
    }

    /** Lower-case, hyphenated: the word in problem types ("credit-note-in-progress") and audit resources. */
    public String slug() {
        return slug;
    }

    /** The kind whose {@link #slug()} this is. */
    public static Optional<DocumentKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** The name in messages ("credit note"). */
    public String label() {
        return label;
    }

    /** The kind of document a note of this kind corrects; null for documents that stand alone. */
    public DocumentKind corrects() {
        return corrects;
    }
}
