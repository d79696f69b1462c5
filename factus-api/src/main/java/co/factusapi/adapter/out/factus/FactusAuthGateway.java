package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderAuthGateway;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.identity.ProviderToken;
import java.util.List;
import java.util.function.Supplier;

/** Password and refresh grants against Factus with the service's OAuth client, on behalf of a caller. */
public final class FactusAuthGateway implements ProviderAuthGateway {
    private final FactusSession session;

    public FactusAuthGateway(FactusSession session) {
        this.session = session;
    }

    @Override
    public ProviderToken passwordGrant(String username, String password) {
        return grant(() -> session.passwordGrant(username, password));
    }

    @Override
    public ProviderToken refreshGrant(String refreshToken) {
        return grant(() -> session.refreshGrant(refreshToken));
    }

    /** Here the refused credentials are the caller's, not ours: a rejection (422), not a 502. */
    private static ProviderToken grant(Supplier<FactusSession.Token> grant) {
        try {
            FactusSession.Token token = grant.get();
            return new ProviderToken(token.accessToken(), "Bearer", token.expiresIn(), token.refreshToken());
        } catch (UpstreamException e) {
            if (e.kind() == UpstreamException.Kind.BAD_CREDENTIALS) {
                throw UpstreamException.rejected("Factus refused these credentials.", List.of());
            }
            throw e;
        }
    }
}
