package co.factusapi.emulator.catalog;

import java.time.Clock;

/** The single Factus account the emulator serves: its company data and numbering ranges. */
public final class Account {
    private final NumberingRanges ranges;
    private final String baseUrl;
    private final Subscription subscription;
    private volatile Company company;
    private volatile byte[] logo = new byte[0];

    public Account(Clock clock, String baseUrl) {
        this.ranges = new NumberingRanges(clock);
        this.baseUrl = baseUrl;
        this.company = Company.seed(baseUrl);
        this.subscription = new Subscription(clock);
    }

    /** The document quota and expiry {@code GET /v2/subscriptions} shows and every {@code …/validate} obeys. */
    public Subscription subscription() {
        return subscription;
    }

    public Company company() {
        return company;
    }

    public void company(Company company) {
        this.company = company;
    }

    /** The bytes of the last uploaded logo, exactly as received (empty before any upload). */
    public byte[] logo() {
        return logo.clone();
    }

    public void logo(byte[] content) {
        this.logo = content.clone();
    }

    public NumberingRanges ranges() {
        return ranges;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void reset() {
        ranges.reset();
        company = Company.seed(baseUrl);
        logo = new byte[0];
        subscription.reset();
    }
}
