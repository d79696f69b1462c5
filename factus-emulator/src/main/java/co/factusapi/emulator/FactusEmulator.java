package co.factusapi.emulator;

import co.factusapi.emulator.control.ControlApi;
import co.factusapi.emulator.control.Faults;
import co.factusapi.emulator.control.Latency;
import co.factusapi.emulator.http.FrontDoor;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.tenant.Tenant;
import co.factusapi.emulator.tenant.Tenants;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An offline, stateful, in-memory Factus v1 API ("LocalStack for Factus") on Jetty with virtual threads, plus v2
 * bills, credit notes, support documents and adjustment notes (each in the same store as its v1 family), the v2 debit
 * notes, which v1 lacks, {@code GET /v2/subscriptions} and v2 numbering ranges, company and acquirer lookup (over the
 * account's v1 data). It serves several independent Factus accounts: the default
 * one, with the well-known {@link #credentials()}, and any made with {@link #createAccount(String)}.
 */
public final class FactusEmulator implements AutoCloseable {
    private final Server server;
    private final String baseUrl;
    private final LongAdder connectionsAccepted = new LongAdder();
    private final Latency latency = new Latency();
    private final Faults faults = new Faults();
    private final Tenants tenants;

    private FactusEmulator(EmulatorOptions options) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("factus-emulator");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory());
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connectionsAccepted.increment();
            }
        });
        server.addConnector(connector);
        server.setStopTimeout(0);
        connector.open();
        baseUrl = "http://" + options.host() + ":" + connector.getLocalPort();
        tenants = new Tenants(options, baseUrl);
        FrontDoor frontDoor = new FrontDoor(tenants, controlRoutes(), latency, faults);
        frontDoor.baseUrl(baseUrl);
        server.setHandler(frontDoor);
        server.start();
    }

    public static FactusEmulator start(int port) {
        return start(EmulatorOptions.defaults().withPort(port));
    }

    public static FactusEmulator start(EmulatorOptions options) {
        try {
            return new FactusEmulator(options);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the Factus emulator on " + options.host() + ":"
                    + options.port(), e);
        }
    }

    private Router controlRoutes() {
        Router router = new Router();
        new ControlApi(this::reset, connectionsAccepted::sum, latency, faults, tenants).register(router);
        return router;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The default account's credentials. */
    public EmulatorCredentials credentials() {
        return tenants.defaultTenant().credentials();
    }

    /** The default account's last company logo uploaded through {@code POST /v1/company/logo}, byte for byte. */
    public byte[] companyLogo() {
        return tenants.defaultTenant().account().logo();
    }

    /** The account that always exists: {@link #credentials()}, unlimited rate unless a test sets one. */
    public EmulatorAccount defaultAccount() {
        return view(tenants.defaultTenant());
    }

    /** A new account with random secrets and the options' rate limit for accounts (Factus's 80 a minute unless set). */
    public EmulatorAccount createAccount(String name) {
        return view(tenants.create(name, null));
    }

    /** A new account with random secrets and this rate limit (0 = unlimited). */
    public EmulatorAccount createAccount(String name, int rateLimitPerMinute) {
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("A rate limit is 0 (unlimited) or more, not " + rateLimitPerMinute);
        }
        return view(tenants.create(name, rateLimitPerMinute));
    }

    /**
     * The account with exactly these credentials, created (with the options' rate limit) when there is none: how a
     * client brings back an account it made earlier, e.g. after the emulator restarted.
     */
    public EmulatorAccount openAccount(String name, EmulatorCredentials credentials) {
        return view(tenants.open(name, credentials));
    }

    /** Fresh random credentials for {@link #openAccount}. */
    public static EmulatorCredentials newCredentials() {
        return Tenants.randomCredentials(UUID.randomUUID().toString().substring(0, 8));
    }

    /** The account with that id ("default" for the default one). */
    public EmulatorAccount account(String id) {
        Tenant tenant = tenants.find(id);
        if (tenant == null) {
            throw new NoSuchElementException("No emulator account " + id);
        }
        return view(tenant);
    }

    /** Every account, the default one first. */
    public List<EmulatorAccount> accounts() {
        return tenants.all().stream().map(this::view).toList();
    }

    private EmulatorAccount view(Tenant tenant) {
        return new EmulatorAccount(tenant, connectionsAccepted::sum);
    }

    /**
     * Back to the seed state: only a fresh, unlimited default account remains (documents, ranges, company, tokens,
     * outbox, counters, DIAN modes all seeded), and faults and latency are cleared.
     */
    public void reset() {
        faults.clear();
        latency.clear();
        tenants.resetAll();
        connectionsAccepted.reset();
    }

    /** The default account's counters, with the emulator's connection count. */
    public EmulatorCounters counters() {
        return defaultAccount().counters();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the Factus emulator", e);
        }
    }
}
