package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderAccounts;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.FactusCredentials;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Factus accounts of tenants: checked on a throw-away adapter before they are saved, sandbox ones in the emulator. */
public final class FactusProviderAccounts implements ProviderAccounts {
    private final FactusAccounts accounts;
    private final BiFunction<String, FactusCredentials, FactusAdapterFactory> probe;
    private final Function<String, FactusCredentials> sandbox;

    /**
     * {@code probe} builds an adapter for a base URL and credentials that are not saved yet; {@code sandbox} opens an
     * account in the embedded emulator.
     */
    public FactusProviderAccounts(FactusAccounts accounts,
                                  BiFunction<String, FactusCredentials, FactusAdapterFactory> probe,
                                  Function<String, FactusCredentials> sandbox) {
        this.accounts = accounts;
        this.probe = probe;
        this.sandbox = sandbox;
    }

    /** A token grant proves client and user; a company read proves the account can be used with that token. */
    @Override
    public void verify(String baseUrl, ApiVersion version, FactusCredentials credentials) {
        try (FactusAdapterFactory adapter = probe.apply(baseUrl, credentials)) {
            adapter.client().session().accessToken();
            adapter.company().get();
        } catch (UpstreamException e) {
            if (e.kind() == UpstreamException.Kind.BAD_CREDENTIALS) {
                throw InvalidRequestException.of("factus", "Factus refused these credentials: " + e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public FactusCredentials openSandbox(String name) {
        return sandbox.apply(name);
    }

    @Override
    public void disconnect(UUID tenantId) {
        accounts.forget(tenantId);
    }
}
