package co.factusapi.emulator;

import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.tenant.Tenant;
import java.util.function.LongSupplier;

/**
 * One Factus account of the emulator, as a test sees it: its id and credentials, its rate limit, and its counters.
 * Each account has its own company, numbering ranges, documents, tokens, outbox and counters; see docs/emulator.md.
 */
public final class EmulatorAccount {
    private final Tenant tenant;
    private final LongSupplier connectionsAccepted;

    EmulatorAccount(Tenant tenant, LongSupplier connectionsAccepted) {
        this.tenant = tenant;
        this.connectionsAccepted = connectionsAccepted;
    }

    /** What {@code ?account=} takes on the control plane; "default" for the default account. */
    public String id() {
        return tenant.id();
    }

    public String name() {
        return tenant.name();
    }

    public EmulatorCredentials credentials() {
        return tenant.credentials();
    }

    /** Requests per minute, 0 = unlimited. */
    public int rateLimitPerMinute() {
        return tenant.rateLimiter().perMinute();
    }

    /** 0 lifts the limit; requests already in the window still count against a new one. */
    public void rateLimitPerMinute(int perMinute) {
        tenant.rateLimiter().perMinute(perMinute);
    }

    public RateLimitCounters rateLimitCounters() {
        return tenant.rateLimiter().counters();
    }

    /** This account's counters; connections are not per account, so that figure is the emulator's. */
    public EmulatorCounters counters() {
        Counters counters = tenant.counters();
        return new EmulatorCounters(connectionsAccepted.getAsLong(), counters.tokensIssued(),
                counters.invoicesCreated(), counters.requests(), counters.documentsCreated());
    }

    /** The last company logo uploaded through {@code POST /v1/company/logo}, byte for byte. */
    public byte[] companyLogo() {
        return tenant.account().logo();
    }

    /** Back to the seed state, keeping the credentials and the rate limit. */
    public void reset() {
        tenant.reset();
    }

    @Override
    public String toString() {
        return "EmulatorAccount[" + id() + "]";
    }
}
