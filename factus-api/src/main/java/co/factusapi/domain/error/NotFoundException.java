package co.factusapi.domain.error;

/** The named resource does not exist (404). */
public final class NotFoundException extends FactusApiException {
    public NotFoundException(String message) {
        super("not-found", message);
    }
}
