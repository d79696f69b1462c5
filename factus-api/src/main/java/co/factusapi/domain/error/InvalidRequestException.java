package co.factusapi.domain.error;

import java.util.List;

/** The caller's input breaks a rule we check ourselves (422). Carries every violation found, not just the first. */
public final class InvalidRequestException extends FactusApiException {
    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super("validation-error", "The request has invalid fields.");
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
