package co.factusapi.application.port.in;

import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.IssuedApiKey;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An admin creates, lists and revokes the API keys that machine clients use instead of logging in. */
public interface ManageApiKeysUseCase {
    /**
     * A key of the acting tenant with these scopes (none: issue and read documents), or a platform key when they
     * include platform:manage. Nobody gives a key more than they may do themselves.
     */
    IssuedApiKey create(String name, Set<Scope> scopes, Caller caller);

    /** The acting tenant's keys; for a platform caller asking with {@code platformKeys}, the platform's. */
    List<ApiKey> list(Caller caller, boolean platformKeys);

    /** A key the caller may see: of the acting tenant, or a platform key for a platform caller. */
    ApiKey get(UUID id, Caller caller);

    void revoke(UUID id, Caller caller);
}
