package co.factusapi.domain.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the name recorded as author ({@code user:maria}, {@code api-key:k3j9x2ab}), the tenant the
 * credentials belong to (null: the platform) and what they may do. Serializable because a console sign-in keeps it
 * in the shared session store.
 */
public record Caller(String name, UUID tenantId, Set<Scope> scopes) implements Serializable {
    public Caller {
        Objects.requireNonNull(name, "name");
        scopes = Set.copyOf(scopes);
    }

    public boolean isPlatform() {
        return tenantId == null;
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }
}
