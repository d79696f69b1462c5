package co.factusapi.domain.error;

import java.util.Objects;

/** One invalid input: where (a JSON-style path such as {@code items[0].price}) and why, in words for a person. */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
