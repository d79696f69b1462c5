package co.factusapi.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person who logs in with a username and password. Only the password's hash is ever held. A user belongs to one
 * tenant, or to the platform when {@code tenantId} is null (the bootstrap admin).
 */
public record User(UUID id, String username, String passwordHash, Role role, Instant createdAt, UUID tenantId) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 1-100 letters, digits or . _ @ -");
        }
        if (passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must not be blank");
        }
    }

    public Set<Scope> scopes() {
        return Scope.ofUser(role, tenantId == null);
    }

    /** The name recorded as the author of what a user does, e.g. {@code user:admin}. */
    public static String principalNameOf(String username) {
        return "user:" + username;
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + ", role=" + role + ", tenantId=" + tenantId + "]";
    }
}
