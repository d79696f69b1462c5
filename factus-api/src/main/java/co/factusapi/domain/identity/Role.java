package co.factusapi.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a caller may do: an admin manages API keys and operations endpoints, a user issues and reads invoices. */
public enum Role {
    ADMIN, USER;

    /** The lower-case name stored in the database and in the token's {@code roles} claim. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
