package co.factusapi.domain.error;

/** The request clashes with the current state (409), e.g. a reference code already issued. */
public final class ConflictException extends FactusApiException {
    public ConflictException(String code, String message) {
        super(code, message);
    }
}
