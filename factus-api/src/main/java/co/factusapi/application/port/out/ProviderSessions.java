package co.factusapi.application.port.out;

import co.factusapi.domain.tenant.ProviderSession;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Each tenant's provider session, shared by every instance of the deployment and stored sealed: one sign-in serves
 * them all, and one instance at a time renews it. A session belongs to one provider {@code account} (an opaque
 * fingerprint of where and as whom it signed in): after the tenant's credentials change, the stored one is not used.
 */
public interface ProviderSessions {

    /** The tenant's current session of that account; empty when there is none or it can no longer be opened. */
    Optional<ProviderSession> find(UUID tenantId, String account);

    /** Stores the tenant's new session of that account and ends any renewal claim. */
    void save(UUID tenantId, String account, ProviderSession session);

    /**
     * Claims the renewal of the tenant's session for at most {@code hold}; false while another instance holds an
     * unexpired claim (it is renewing: wait for its session).
     */
    boolean claimRenewal(UUID tenantId, Duration hold);

    /** Ends this caller's renewal claim without a new session (the renewal failed). */
    void releaseRenewal(UUID tenantId);

    /** The provider refused {@code accessToken}: if it is still the stored one, it is marked expired. */
    void expire(UUID tenantId, String accessToken);
}
