package co.factusapi.domain.error;

import co.factusapi.domain.document.DocumentKind;

/**
 * The request clashes with the current state (409), e.g. a reference code already issued. {@link #existing()} names
 * the document the request collided with, when there is one, so the caller can fetch it in one step.
 */
public final class ConflictException extends FactusApiException {
    private final Existing existing;

    public ConflictException(String code, String message) {
        this(code, message, null);
    }

    private ConflictException(String code, String message, Existing existing) {
        super(code, message);
        this.existing = existing;
    }

    /** The reference code was already issued as document {@code number} of this kind. */
    public static ConflictException alreadyIssued(DocumentKind kind, String referenceCode, String number) {
        return new ConflictException(kind.slug() + "-already-issued", "Reference code " + referenceCode
                + " was already issued as " + kind.label() + " " + number + ".", new Existing(kind, number));
    }

    /** Null when the conflict is not with one document. */
    public Existing existing() {
        return existing;
    }

    public record Existing(DocumentKind kind, String number) {
    }
}
