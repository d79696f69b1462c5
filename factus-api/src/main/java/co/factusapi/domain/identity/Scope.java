package co.factusapi.domain.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do. A POS key issues and reads documents; a tenant admin also manages the tenant (its keys,
 * users, company profile, numbering ranges, audit trail); only the platform manages tenants and may act on any of
 * them with the {@code Factus-Tenant} header.
 */
public enum Scope {
    DOCUMENTS_ISSUE("documents:issue"),
    DOCUMENTS_READ("documents:read"),
    TENANT_MANAGE("tenant:manage"),
    PLATFORM_MANAGE("platform:manage");

    public static final Set<Scope> POS = Set.copyOf(EnumSet.of(DOCUMENTS_ISSUE, DOCUMENTS_READ));

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Scope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }

    /** The scopes of a signed-in person: by role, and platform-wide only for a user of no tenant. */
    public static Set<Scope> ofUser(Role role, boolean platformUser) {
        return switch (role) {
            case ADMIN -> platformUser ? EnumSet.allOf(Scope.class)
                    : EnumSet.of(DOCUMENTS_ISSUE, DOCUMENTS_READ, TENANT_MANAGE);
            case USER -> POS;
            case READER -> EnumSet.of(DOCUMENTS_READ);
        };
    }
}
