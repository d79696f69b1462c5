package co.factusapi.adapter.in.console;

import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;

/**
 * The person signed in, as every page shows them: their name, their role as the API defines it (platform admin,
 * tenant admin, user, reader) and what the page may offer them. Hiding a button is courtesy; the security chain and
 * the use cases refuse the request anyway.
 */
record SignedIn(String username, String role, boolean manage, boolean platform) {
    private static final String USER_PREFIX = "user:";

    static SignedIn of(Caller caller) {
        String name = caller.name().startsWith(USER_PREFIX) ? caller.name().substring(USER_PREFIX.length()) : caller.name();
        String role = caller.may(Scope.PLATFORM_MANAGE) ? "platform" : caller.may(Scope.TENANT_MANAGE) ? "admin"
                : caller.may(Scope.DOCUMENTS_ISSUE) ? "user" : "reader";
        return new SignedIn(name, role, caller.may(Scope.TENANT_MANAGE), caller.isPlatform());
    }
}
