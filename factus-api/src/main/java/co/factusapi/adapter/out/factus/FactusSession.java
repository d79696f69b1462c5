package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.UpstreamException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The server-managed Factus OAuth session: one cached token, refreshed ahead of expiry with the refresh token
 * (falling back to the password grant), by at most one thread at a time. The token is shared with the deployment's
 * other instances ({@link SharedTokens}): a stale one is first looked for there, and while another instance renews
 * it this one waits for that token instead of signing in too. Callers never see these tokens.
 */
public final class FactusSession {
    private final FactusTransport transport;
    private final FactusSettings settings;
    private final Clock clock;
    private static final long WAIT_FOR_OTHER_INSTANCE_MILLIS = 100;
    private final SharedTokens shared;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token current;

    FactusSession(FactusTransport transport, FactusSettings settings, Clock clock, SharedTokens shared) {
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.shared = shared;
    }

    /** A token granted by Factus: what its /oauth/token endpoint answered. */
    public record Token(String accessToken, String refreshToken, long expiresIn, Instant expiresAt) {
        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + "]";
        }
    }

    public String accessToken() {
        Token token = current;
        if (fresh(token)) {
            return token.accessToken();
        }
        lock.lock();
        try {
            token = current;
            if (!fresh(token)) {
                token = sharedOrRenewed(token);
                current = token;
            }
            return token.accessToken();
        } finally {
            lock.unlock();
        }
    }

    /** After Factus answered 401 to {@code rejected}: the next call renews, unless someone already did. */
    public void invalidate(String rejected) {
        Token token = current;
        if (token != null && token.accessToken().equals(rejected)) {
            current = new Token(token.accessToken(), token.refreshToken(), 0, Instant.EPOCH);
        }
        shared.expire(rejected);
    }

    /**
     * The other instances' token when it is fresh; else this instance renews and shares the result, unless another
     * instance is renewing right now: then its token is awaited, for at most the renewal hold.
     */
    private Token sharedOrRenewed(Token previous) {
        long deadline = System.nanoTime() + SharedTokens.RENEWAL_HOLD.toNanos();
        while (true) {
            Token stored = shared.find().orElse(null);
            if (usable(stored, previous)) {
                return stored;
            }
            if (shared.claimRenewal()) {
                // Another instance may have renewed between the look above and this claim: saving its token freed
                // the claim. Look once more before signing in a second time.
                Token meanwhile = shared.find().orElse(null);
                if (usable(meanwhile, previous)) {
                    shared.releaseRenewal();
                    return meanwhile;
                }
                return renewAndShare(meanwhile != null && meanwhile.refreshToken() != null ? meanwhile : previous);
            }
            if (System.nanoTime() > deadline) {
                return renewAndShare(stored != null && stored.refreshToken() != null ? stored : previous);
            }
            pause();
        }
    }

    /**
     * A stored token this instance may use: fresh, and never the one it holds stale or just saw refused (marking that
     * one expired in the store may have failed, a write lost to a lock, and it would be refused again).
     */
    private boolean usable(Token stored, Token previous) {
        return fresh(stored) && (previous == null || !stored.accessToken().equals(previous.accessToken()));
    }

    private Token renewAndShare(Token previous) {
        Token renewed;
        try {
            renewed = renew(previous);
        } catch (RuntimeException e) {
            shared.releaseRenewal();
            throw e;
        }
        shared.save(renewed);
        return renewed;
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_FOR_OTHER_INSTANCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UpstreamException.unavailable("Interrupted while another instance renewed the Factus session.",
                    null, e);
        }
    }

    public boolean hasUsableToken() {
        try {
            return accessToken() != null;
        } catch (UpstreamException e) {
            return false;
        }
    }

    /** Password grant with explicit credentials (the compatibility pass-through endpoint). */
    public Token passwordGrant(String username, String password) {
        MultiValueMap<String, String> form = clientForm("password");
        form.add("username", username);
        form.add("password", password);
        return grant(form);
    }

    public Token refreshGrant(String refreshToken) {
        MultiValueMap<String, String> form = clientForm("refresh_token");
        form.add("refresh_token", refreshToken);
        return grant(form);
    }

    private boolean fresh(Token token) {
        return token != null && clock.instant().isBefore(token.expiresAt().minus(settings.tokenRefreshMargin()));
    }

    private Token renew(Token previous) {
        if (previous != null && previous.refreshToken() != null) {
            try {
                return refreshGrant(previous.refreshToken());
            } catch (UpstreamException e) {
                if (e.kind() != UpstreamException.Kind.BAD_CREDENTIALS) {
                    throw e;
                }
                // Refresh-token lifetime is undocumented (docs/factus-upstream.md §2.2): fall back to a fresh login.
            }
        }
        return passwordGrant(settings.username(), settings.password());
    }

    private MultiValueMap<String, String> clientForm(String grantType) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        return form;
    }

    /** Passport's reason, e.g. "invalid_client: Client authentication failed"; it never echoes what was sent. */
    static String refusal(JsonNode body) {
        String error = body.path("error").asString("refused");
        String description = body.path("error_description").asString(body.path("message").asString(""));
        return description.isBlank() ? error : error + ": " + description;
    }

    private Token grant(MultiValueMap<String, String> form) {
        FactusResponse response = transport.exchange("oauth.token", HttpMethod.POST,
                URI.create(settings.baseUrl() + "/oauth/token"), headers -> { }, form, MediaType.APPLICATION_FORM_URLENCODED);
        if (response.status() >= 500 || response.status() == 429) {
            throw FactusErrors.translate(response);
        }
        JsonNode body = response.body();
        if (!response.ok()) {
            // Passport answers 401 invalid_client / 400 invalid_grant: our configuration is wrong, not the caller.
            throw UpstreamException.badCredentials("The e-invoicing provider refused this service's credentials ("
                    + refusal(body) + "); an operator must check the Factus account settings.");
        }
        String access = body.path("access_token").asString(null);
        if (access == null || access.isBlank()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a token answer without a token.", null);
        }
        long expiresIn = body.path("expires_in").asLong(600);
        String refresh = body.path("refresh_token").asString(null);
        return new Token(access, refresh, expiresIn, clock.instant().plus(Duration.ofSeconds(expiresIn)));
    }
}
