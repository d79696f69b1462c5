package co.factusapi.adapter.out.persistence.identity;

import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.testsupport.InMemoryApiKeyRepository;
import co.factusapi.testsupport.InMemoryUserRepository;

/** Keeps the fakes the service tests rely on honest. */
class InMemoryIdentityRepositoryTest extends IdentityRepositoryContractTest {
    @Override
    protected UserRepository newUserRepository() {
        return new InMemoryUserRepository();
    }

    @Override
    protected ApiKeyRepository newApiKeyRepository() {
        return new InMemoryApiKeyRepository();
    }
}
