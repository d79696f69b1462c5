package co.factusapi.emulator.tenant;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.EmulatorOptions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts of one emulator. The default account, with the well-known credentials, always exists and comes first,
 * so the hot path (benchmarks on the default account) finds its token at the first look. Requests that name no
 * account (no or unknown token, unknown client) go to the default account, as they did before there were others.
 */
public final class Tenants {
    public static final String DEFAULT_ID = "default";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorOptions options;
    private final String baseUrl;
    private final Tenant defaultTenant;
    // Copy-on-write: read on every request, written only when an account is created or everything is reset.
    private final List<Tenant> all = new CopyOnWriteArrayList<>();
    // Never restarts, so a stale id from before a reset finds nothing instead of a newer account.
    private final AtomicInteger sequence = new AtomicInteger();

    public Tenants(EmulatorOptions options, String baseUrl) {
        this.options = options;
        this.baseUrl = baseUrl;
        // Unlimited: benchmarks hammer the default account; a test can still give it a limit.
        defaultTenant = new Tenant(DEFAULT_ID, "Default", EmulatorCredentials.defaults(), 0, options, baseUrl);
        all.add(defaultTenant);
    }

    public Tenant defaultTenant() {
        return defaultTenant;
    }

    /** A new account with random secrets; {@code rateLimitPerMinute} null means the emulator's default for accounts. */
    public Tenant create(String name, Integer rateLimitPerMinute) {
        String id = "account-" + sequence.incrementAndGet();
        EmulatorCredentials credentials = new EmulatorCredentials("factus-emulator-client-" + id, randomSecret(),
                id + "@factus-emulator.local", randomSecret());
        int perMinute = rateLimitPerMinute != null ? rateLimitPerMinute : options.accountRateLimitPerMinute();
        Tenant tenant = new Tenant(id, name == null || name.isBlank() ? id : name, credentials, perMinute, options,
                baseUrl);
        all.add(tenant);
        return tenant;
    }

    /**
     * The account with these credentials, created if none has them yet: a client that keeps its sandbox credentials
     * (the service, in its vault) gets its account back after the emulator restarted, empty as a new one.
     */
    public synchronized Tenant open(String name, EmulatorCredentials credentials) {
        for (Tenant tenant : all) {
            if (tenant.credentials().equals(credentials)) {
                return tenant;
            }
        }
        String id = "account-" + sequence.incrementAndGet();
        Tenant tenant = new Tenant(id, name == null || name.isBlank() ? id : name, credentials,
                options.accountRateLimitPerMinute(), options, baseUrl);
        all.add(tenant);
        return tenant;
    }

    /** New random credentials for {@link #open}. */
    public static EmulatorCredentials randomCredentials(String label) {
        return new EmulatorCredentials("factus-emulator-client-" + label, randomSecret(),
                label + "@factus-emulator.local", randomSecret());
    }

    /** The account with that id, or null. */
    public Tenant find(String id) {
        for (Tenant tenant : all) {
            if (tenant.id().equals(id)) {
                return tenant;
            }
        }
        return null;
    }

    public List<Tenant> all() {
        return List.copyOf(all);
    }

    /** The account that issued the bearer token (even an expired one, so its 401 counts there), else the default. */
    public Tenant byAuthorization(String authorizationHeader) {
        for (Tenant tenant : all) {
            if (tenant.tokens().issued(authorizationHeader)) {
                return tenant;
            }
        }
        return defaultTenant;
    }

    /** The account a token request is for, by its client_id; an unknown client gets the default's invalid_client. */
    public Tenant byClientId(String clientId) {
        for (Tenant tenant : all) {
            if (tenant.credentials().clientId().equals(clientId)) {
                return tenant;
            }
        }
        return defaultTenant;
    }

    /** Only the default account remains, in its seed state and unlimited again. */
    public void resetAll() {
        all.removeIf(tenant -> tenant != defaultTenant);
        defaultTenant.reset();
        defaultTenant.rateLimiter().perMinute(0);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
