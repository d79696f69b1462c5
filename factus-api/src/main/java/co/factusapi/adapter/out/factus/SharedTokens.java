package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderSessions;
import co.factusapi.domain.tenant.ProviderSession;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an account's OAuth session is shared with the deployment's other instances: the tenant's provider session
 * (stored sealed), or nowhere for a throw-away adapter (onboarding checks, tests). Each instance keeps the token in
 * memory too; this is read when that one is no longer fresh.
 */
public interface SharedTokens {
    /** How long one instance may take to renew before another gives up waiting for it. */
    Duration RENEWAL_HOLD = Duration.ofSeconds(15);

    SharedTokens NONE = new SharedTokens() {
        @Override
        public Optional<FactusSession.Token> find() {
            return Optional.empty();
        }

        @Override
        public void save(FactusSession.Token token) {
        }

        @Override
        public boolean claimRenewal() {
            return true;
        }

        @Override
        public void expire(String accessToken) {
        }

        @Override
        public void releaseRenewal() {
        }
    };

    Optional<FactusSession.Token> find();

    void save(FactusSession.Token token);

    boolean claimRenewal();

    void expire(String accessToken);

    /** Another instance's renewal failed or the claim is no longer needed: the next instance may renew at once. */
    void releaseRenewal();

    /**
     * The tenant's provider session. When the database cannot be reached, each instance keeps its own session (no
     * shared token found, the renewal always ours, nothing saved): signing in is never blocked by the sharing.
     */
    static SharedTokens of(ProviderSessions sessions, UUID tenantId, FactusSettings account) {
        String fingerprint = account.baseUrl() + "|" + account.clientId() + "|" + account.username();
        return new SharedTokens() {
            @Override
            public Optional<FactusSession.Token> find() {
                try {
                    return sessions.find(tenantId, fingerprint).map(session -> new FactusSession.Token(session.accessToken(),
                            session.refreshToken(), 0, session.expiresAt()));
                } catch (RuntimeException databaseAway) {
                    return Optional.empty();
                }
            }

            @Override
            public void save(FactusSession.Token token) {
                quietly(() -> sessions.save(tenantId, fingerprint, new ProviderSession(token.accessToken(), token.refreshToken(),
                        token.expiresAt())));
            }

            @Override
            public boolean claimRenewal() {
                try {
                    return sessions.claimRenewal(tenantId, RENEWAL_HOLD);
                } catch (RuntimeException databaseAway) {
                    return true;
                }
            }

            @Override
            public void expire(String accessToken) {
                quietly(() -> sessions.expire(tenantId, accessToken));
            }

            @Override
            public void releaseRenewal() {
                quietly(() -> sessions.releaseRenewal(tenantId));
            }
        };
    }

    private static void quietly(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException databaseAway) {
            // The token stays this instance's own until the database is back.
        }
    }
}
