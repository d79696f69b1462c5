package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.ProviderSessions;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.domain.common.Sha256;
import co.factusapi.domain.tenant.ProviderSession;
import co.factusapi.domain.vault.SealedSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provider sessions in SQL, their tokens sealed by the vault and bound to the row and column they are in. A session
 * that no key of the keyring opens any more (its key retired) reads as none: the next call signs in again.
 */
public class JdbcProviderSessions implements ProviderSessions {
    private final JdbcClient jdbc;
    private final SecretVault vault;
    private final Clock clock;

    public JdbcProviderSessions(JdbcClient jdbc, SecretVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderSession> find(UUID tenantId, String account) {
        return jdbc.sql("SELECT access_token, refresh_token, expires_at_ms FROM provider_sessions "
                        + "WHERE tenant_id = :tenant AND account_sha256 = :account AND access_token IS NOT NULL")
                .param("tenant", tenantId).param("account", Sha256.hex(account))
                .query((rs, row) -> open(tenantId, rs.getString(1), rs.getString(2), rs.getLong(3)))
                .optional().flatMap(session -> session);
    }

    @Override
    public void save(UUID tenantId, String account, ProviderSession session) {
        ensureRow(tenantId);
        jdbc.sql("UPDATE provider_sessions SET account_sha256 = :account, access_token = :access, refresh_token = :refresh, "
                        + "access_token_sha256 = :hash, expires_at_ms = :expires, renewing_until_ms = NULL "
                        + "WHERE tenant_id = :tenant")
                .param("access", vault.seal(session.accessToken(), context(tenantId, "access_token")).stored())
                .param("refresh", session.refreshToken() == null ? null
                        : vault.seal(session.refreshToken(), context(tenantId, "refresh_token")).stored())
                .param("hash", Sha256.hex(session.accessToken())).param("account", Sha256.hex(account))
                .param("expires", session.expiresAt().toEpochMilli())
                .param("tenant", tenantId)
                .update();
    }

    @Override
    public boolean claimRenewal(UUID tenantId, Duration hold) {
        ensureRow(tenantId);
        long now = clock.millis();
        return jdbc.sql("UPDATE provider_sessions SET renewing_until_ms = :until WHERE tenant_id = :tenant "
                        + "AND (renewing_until_ms IS NULL OR renewing_until_ms < :now)")
                .param("until", now + hold.toMillis()).param("tenant", tenantId).param("now", now)
                .update() == 1;
    }

    @Override
    public void releaseRenewal(UUID tenantId) {
        jdbc.sql("UPDATE provider_sessions SET renewing_until_ms = NULL WHERE tenant_id = :tenant")
                .param("tenant", tenantId).update();
    }

    @Override
    public void expire(UUID tenantId, String accessToken) {
        jdbc.sql("UPDATE provider_sessions SET expires_at_ms = 0 WHERE tenant_id = :tenant "
                        + "AND access_token_sha256 = :hash")
                .param("tenant", tenantId).param("hash", Sha256.hex(accessToken))
                .update();
    }

    private Optional<ProviderSession> open(UUID tenantId, String access, String refresh, long expiresAt) {
        try {
            return Optional.of(new ProviderSession(
                    vault.open(SealedSecret.parse(access), context(tenantId, "access_token")),
                    refresh == null ? null : vault.open(SealedSecret.parse(refresh), context(tenantId, "refresh_token")),
                    Instant.ofEpochMilli(expiresAt)));
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private void ensureRow(UUID tenantId) {
        try {
            jdbc.sql("INSERT INTO provider_sessions (tenant_id) SELECT :tenant WHERE NOT EXISTS "
                            + "(SELECT 1 FROM provider_sessions WHERE tenant_id = :tenant)")
                    .param("tenant", tenantId).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // The row exists now, which is all that was needed.
        }
    }

    private static String context(UUID tenantId, String column) {
        return "provider_sessions:" + tenantId + "/" + column;
    }
}
