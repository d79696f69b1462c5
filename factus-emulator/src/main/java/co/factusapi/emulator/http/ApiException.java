package co.factusapi.emulator.http;

/** Thrown by handlers to answer with a non-2xx response. */
public final class ApiException extends RuntimeException {
    private final transient ApiResponse response;

    public ApiException(ApiResponse response) {
        super(null, null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }
}
