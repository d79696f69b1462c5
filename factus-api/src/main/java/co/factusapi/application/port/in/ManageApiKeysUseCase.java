package co.factusapi.application.port.in;

import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.IssuedApiKey;
import java.util.List;
import java.util.UUID;

/** An admin creates, lists and revokes the API keys that machine clients use instead of logging in. */
public interface ManageApiKeysUseCase {
    IssuedApiKey create(String name, String actor);

    List<ApiKey> list();

    ApiKey get(UUID id);

    void revoke(UUID id, String actor);
}
