package co.factusapi.domain.error;

/** The caller is known but its role does not allow the operation (403). */
public final class AccessDeniedException extends FactusApiException {
    public AccessDeniedException(String message) {
        super("forbidden", message);
    }
}
