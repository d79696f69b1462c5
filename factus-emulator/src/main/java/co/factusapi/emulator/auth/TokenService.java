package co.factusapi.emulator.auth;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Passport-style {@code POST /oauth/token} (docs/factus-upstream.md §2) and bearer-token checks for every /v1 call, for
 * one account: its tokens work for it alone.
 */
public final class TokenService {
    private final EmulatorCredentials credentials;
    private final Clock clock;
    private final Counters counters;
    private final long defaultExpiresIn;
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final AtomicReference<String> latestRefreshToken = new AtomicReference<>();
    private volatile long expiresInSeconds;

    public TokenService(EmulatorCredentials credentials, Clock clock, Counters counters, long expiresInSeconds) {
        this.credentials = credentials;
        this.clock = clock;
        this.counters = counters;
        this.defaultExpiresIn = expiresInSeconds;
        this.expiresInSeconds = expiresInSeconds;
    }

    public void expiresIn(long seconds) {
        this.expiresInSeconds = seconds;
    }

    /** Every access token issued so far stops working; the latest refresh token stays valid. */
    public void expireAll() {
        accessTokens.clear();
    }

    public void reset() {
        accessTokens.clear();
        latestRefreshToken.set(null);
        expiresInSeconds = defaultExpiresIn;
    }

    public boolean accepts(String authorizationHeader) {
        Instant expiry = expiryOf(authorizationHeader);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Whether this service issued the bearer token, valid or expired (tokens expired by the control plane are gone). */
    public boolean issued(String authorizationHeader) {
        return expiryOf(authorizationHeader) != null;
    }

    private Instant expiryOf(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return accessTokens.get(authorizationHeader.substring(7).trim());
    }

    public ApiResponse token(Exchange exchange) {
        Map<String, String> form = exchange.form();
        String grantType = form.get("grant_type");
        if (!"password".equals(grantType) && !"refresh_token".equals(grantType)) {
            return oauthError(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server.");
        }
        if (!credentials.clientId().equals(form.get("client_id"))
                || !credentials.clientSecret().equals(form.get("client_secret"))) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        if ("password".equals(grantType)) {
            if (!credentials.username().equals(form.get("username"))
                    || !credentials.password().equals(form.get("password"))) {
                return oauthError(400, "invalid_grant", "The user credentials were incorrect.");
            }
            String refreshToken = randomToken();
            latestRefreshToken.set(refreshToken);
            return issue(refreshToken);
        }
        // Only the latest refresh token is accepted: each grant rotates it (docs/factus-upstream.md §2.2).
        String presented = form.get("refresh_token");
        String refreshToken = randomToken();
        String latest = latestRefreshToken.get();
        if (presented == null || !presented.equals(latest)
                || !latestRefreshToken.compareAndSet(latest, refreshToken)) {
            return oauthError(400, "invalid_grant", "The refresh token is invalid.");
        }
        return issue(refreshToken);
    }

    private ApiResponse issue(String refreshToken) {
        long expiresIn = expiresInSeconds;
        String accessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + randomToken() + "." + randomToken();
        accessTokens.put(accessToken, clock.instant().plusSeconds(expiresIn));
        counters.tokenIssued();
        return ApiResponse.of(200, Json.obj("token_type", "Bearer", "expires_in", expiresIn,
                "access_token", accessToken, "refresh_token", refreshToken));
    }

    private static String randomToken() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String raw = a.toString() + b;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        return ApiResponse.of(status, Json.obj("error", error, "error_description", description, "message", description));
    }
}
