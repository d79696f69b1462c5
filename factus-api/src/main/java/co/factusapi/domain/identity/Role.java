package co.factusapi.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do (mapped to {@link Scope}s): an admin manages its tenant (or, with no tenant, the platform), a
 * user issues and reads documents, a reader only reads them.
 */
public enum Role {
    ADMIN, USER, READER;

    /** The lower-case name stored in the database and in the token's {@code roles} claim. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
