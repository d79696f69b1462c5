package co.factusapi.domain.error;

/** The named resource existed but is no longer available, for good (410), e.g. an expired export. */
public final class GoneException extends FactusApiException {
    public GoneException(String code, String message) {
        super(code, message);
    }
}
