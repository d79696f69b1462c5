package co.factusapi.domain.error;

/**
 * The one exception family of the service. Each subtype has a stable {@link #code()} that becomes the
 * problem+json {@code type}; the web adapter maps them to HTTP in one place. Messages are for people and
 * never carry secrets or upstream payloads.
 */
public abstract sealed class FactusApiException extends RuntimeException
        permits InvalidRequestException, NotFoundException, ConflictException, AuthenticationFailedException,
        AccessDeniedException, UpstreamException, GoneException {

    private final String code;

    protected FactusApiException(String code, String message) {
        super(message);
        this.code = code;
    }

    protected FactusApiException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
