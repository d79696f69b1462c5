package co.factusapi.testsupport;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.FactusEmulator;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An emulator whose clock runs {@code speed} times faster than real time (its rate window is a minute of its own
 * clock), and tenants of the service on its rate-limited accounts with an allowance {@code speed} times higher: a
 * test of the upstream allowance takes a {@code speed}-th of the time while every ratio stays what it is at Factus.
 * The burst tolerance is a count of calls, which does not scale with time: run the service with
 * {@code factus.allowance.burst=1}.
 */
public final class FastFactus implements AutoCloseable {
    private final int speed;
    private final FactusEmulator emulator;

    public FastFactus(int speed) {
        this.speed = speed;
        this.emulator = FactusEmulator.start(EmulatorOptions.defaults().withPort(0).withClock(fast(speed)));
    }

    public FactusEmulator emulator() {
        return emulator;
    }

    /** A new account of this emulator that answers 429 past {@code perMinute} requests a minute of its clock. */
    public EmulatorAccount account(String name, int perMinute) {
        return emulator.createAccount(name, perMinute);
    }

    /**
     * A live tenant on {@code account}, created by the platform admin, allowed {@code perMinute} requests a minute of
     * the emulator's clock ({@code speed} times as many of real time); a client with an API key of it.
     */
    public ApiClient tenant(ApiClient api, EmulatorAccount account, int perMinute) {
        return tenant(api, "{\"name\":\"Rafaga " + UUID.randomUUID() + "\",\"nit\":\""
                + nit(700_000_001L + System.nanoTime() % 1000) + "\",\"requests_per_minute\":" + perMinute * speed
                + ",\"factus\":{\"base_url\":\"" + emulator.baseUrl() + "\",\"client_id\":\""
                + account.credentials().clientId() + "\",\"client_secret\":\"" + account.credentials().clientSecret()
                + "\",\"username\":\"" + account.credentials().username() + "\",\"password\":\""
                + account.credentials().password() + "\"}}");
    }

    /** A tenant created from {@code tenantJson} by the platform admin; a client with an API key of it. */
    public static ApiClient tenant(ApiClient api, String tenantJson) {
        ApiClient platform = api.asAdmin();
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", tenantJson, "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = json(platform.send("POST", "/api/v1/api-keys", "{\"name\":\"pos\"}", "application/json",
                "Factus-Tenant", json(created).path("id").asString())).path("key").asString();
        return api.withKey(key);
    }

    public static String nit(long number) {
        String digits = Long.toString(number);
        return digits + "-" + NitCheckDigit.of(digits);
    }

    @Override
    public void close() {
        emulator.close();
    }

    /** A clock that runs {@code factor} times faster than real time from now on. */
    private static Clock fast(int factor) {
        Instant start = Instant.now();
        long origin = System.nanoTime();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("America/Bogota");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusNanos((System.nanoTime() - origin) * factor);
            }
        };
    }
}
