package co.factusapi.emulator;

import co.factusapi.emulator.adjustmentnotes.AdjustmentNotesApi;
import co.factusapi.emulator.auth.TokenService;
import co.factusapi.emulator.bills.BillIssuer;
import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.bills.BillsApi;
import co.factusapi.emulator.bills.RadianEvents;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.AccountApi;
import co.factusapi.emulator.catalog.CatalogApi;
import co.factusapi.emulator.control.ControlApi;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.control.Faults;
import co.factusapi.emulator.control.Latency;
import co.factusapi.emulator.control.OverlapGuard;
import co.factusapi.emulator.creditnotes.CreditNotesApi;
import co.factusapi.emulator.debitnotes.DebitNotesApi;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.FrontDoor;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.supportdocs.SupportDocumentsApi;
import java.util.Map;
import java.util.concurrent.Executors;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An offline, stateful, in-memory Factus v1 API ("LocalStack for Factus") on Jetty with virtual threads, plus the v2
 * debit notes, which v1 lacks.
 */
public final class FactusEmulator implements AutoCloseable {
    private final Server server;
    private final String baseUrl;
    private final EmulatorCredentials credentials = EmulatorCredentials.defaults();
    private final boolean overlapByDefault;
    private final Counters counters = new Counters();
    private final Latency latency = new Latency();
    private final Faults faults = new Faults();
    private final OverlapGuard overlapGuard;
    private final TokenService tokens;
    private final DianSimulator dian = new DianSimulator();
    private final BillStore bills = new BillStore();
    private final Outbox outbox = new Outbox();
    private final RadianEvents radianEvents;
    private final Account account;
    private final CreditNotesApi creditNotes;
    private final SupportDocumentsApi supportDocuments;
    private final AdjustmentNotesApi adjustmentNotes;
    private final DebitNotesApi debitNotes;

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
                counters.connectionAccepted();
            }
        });
        server.addConnector(connector);
        server.setStopTimeout(0);
        connector.open();
        baseUrl = "http://" + options.host() + ":" + connector.getLocalPort();
        overlapByDefault = options.overlapConflict();
        overlapGuard = new OverlapGuard(overlapByDefault);
        tokens = new TokenService(credentials, options.clock(), counters, options.tokenExpiresInSeconds());
        radianEvents = new RadianEvents(options.clock());
        account = new Account(options.clock(), baseUrl);
        creditNotes = new CreditNotesApi(bills, dian, account, outbox, options.clock(), counters);
        supportDocuments = new SupportDocumentsApi(dian, account, options.clock(), counters);
        adjustmentNotes = new AdjustmentNotesApi(supportDocuments.store(), dian, account, options.clock(), counters);
        debitNotes = new DebitNotesApi(bills, dian, account, outbox, options.clock(), counters);
        FrontDoor frontDoor = new FrontDoor(upstreamRoutes(options), controlRoutes(), tokens::accepts, counters,
                latency, faults, overlapGuard);
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

    private Router upstreamRoutes(EmulatorOptions options) {
        Router router = new Router();
        router.addPublic("POST", "/oauth/token", tokens::token);
        BillIssuer issuer = new BillIssuer(bills, dian, account, options.clock(), counters);
        new BillsApi(issuer, bills, outbox, options.clock(), account).register(router);
        creditNotes.register(router);
        supportDocuments.register(router);
        adjustmentNotes.register(router);
        debitNotes.register(router);
        new CatalogApi().register(router);
        new AccountApi(account).register(router);
        return router;
    }

    private Router controlRoutes() {
        Router router = new Router();
        Map<String, DocumentStore<? extends AbstractStoredDocument<?>>> stores = Map.of(
                "credit-notes", creditNotes.store(), "support-documents", supportDocuments.store(),
                "adjustment-notes", adjustmentNotes.store(), "debit-notes", debitNotes.store());
        new ControlApi(this::reset, counters, latency, faults, overlapGuard, tokens, dian, bills, outbox,
                radianEvents, stores).register(router);
        return router;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public EmulatorCredentials credentials() {
        return credentials;
    }

    /** The last company logo uploaded through {@code POST /v1/company/logo}, byte for byte. */
    public byte[] companyLogo() {
        return account.logo();
    }

    /** Back to the seed state: all documents, ranges, company, tokens, outbox, counters, faults, latency, DIAN. */
    public void reset() {
        faults.clear();
        latency.clear();
        overlapGuard.enabled(overlapByDefault);
        dian.reset();
        bills.reset();
        creditNotes.reset();
        adjustmentNotes.reset();
        supportDocuments.reset();
        debitNotes.reset();
        outbox.reset();
        radianEvents.reset();
        account.reset();
        tokens.reset();
        counters.reset();
    }

    public EmulatorCounters counters() {
        return new EmulatorCounters(counters.connectionsAccepted(), counters.tokensIssued(),
                counters.invoicesCreated(), counters.requests(), counters.documentsCreated());
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
