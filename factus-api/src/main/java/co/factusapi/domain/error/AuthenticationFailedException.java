package co.factusapi.domain.error;

/** The caller's own credentials are missing or wrong (401). Never used for Factus credentials: those are upstream. */
public final class AuthenticationFailedException extends FactusApiException {
    public AuthenticationFailedException(String message) {
        super("unauthorized", message);
    }
}
