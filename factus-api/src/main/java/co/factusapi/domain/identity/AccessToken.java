package co.factusapi.domain.identity;

import java.time.Duration;
import java.util.Objects;

/** A signed bearer token handed to a user who logged in, and how long it stays valid. */
public record AccessToken(String value, Duration validFor) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(validFor, "validFor");
        if (value.isBlank() || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("an access token needs a value and a positive validity");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[validFor=" + validFor + "]";
    }
}
