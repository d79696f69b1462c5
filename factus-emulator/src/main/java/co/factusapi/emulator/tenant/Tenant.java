package co.factusapi.emulator.tenant;

import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.EmulatorOptions;
import co.factusapi.emulator.adjustmentnotes.AdjustmentNotesApi;
import co.factusapi.emulator.auth.TokenService;
import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.bills.BillIssuer;
import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.bills.BillV2Json;
import co.factusapi.emulator.bills.BillsApi;
import co.factusapi.emulator.bills.RadianEvents;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.AccountApi;
import co.factusapi.emulator.catalog.CatalogApi;
import co.factusapi.emulator.catalog.V2AccountApi;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.control.OverlapGuard;
import co.factusapi.emulator.creditnotes.CreditNotesApi;
import co.factusapi.emulator.debitnotes.DebitNotesApi;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.supportdocs.SupportDocumentsApi;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Factus account of the emulator: its credentials and tokens, company and numbering ranges, documents, RADIAN
 * events, outbox, DIAN modes, overlap guard, counters and rate limit, and its own copy of the upstream routes bound to
 * all that. Accounts share nothing but the catalogue (and the emulator-wide latency and faults).
 */
public final class Tenant {
    private final String id;
    private final String name;
    private final EmulatorCredentials credentials;
    private final boolean overlapByDefault;
    private final Counters counters = new Counters();
    private final DianSimulator dian = new DianSimulator();
    private final BillStore bills = new BillStore();
    private final Outbox outbox = new Outbox();
    private final TokenService tokens;
    private final RadianEvents radianEvents;
    private final Account account;
    private final OverlapGuard overlapGuard;
    private final RateLimiter rateLimiter;
    private final CreditNotesApi creditNotes;
    private final SupportDocumentsApi supportDocuments;
    private final AdjustmentNotesApi adjustmentNotes;
    private final DebitNotesApi debitNotes;
    private final Router routes;

    Tenant(String id, String name, EmulatorCredentials credentials, int rateLimitPerMinute, EmulatorOptions options,
            String baseUrl) {
        Clock clock = options.clock();
        this.id = id;
        this.name = name;
        this.credentials = credentials;
        this.overlapByDefault = options.overlapConflict();
        overlapGuard = new OverlapGuard(overlapByDefault);
        rateLimiter = new RateLimiter(clock, rateLimitPerMinute);
        tokens = new TokenService(credentials, clock, counters, options.tokenExpiresInSeconds());
        radianEvents = new RadianEvents(clock);
        account = new Account(clock, baseUrl);
        creditNotes = new CreditNotesApi(bills, dian, account, outbox, clock, counters);
        supportDocuments = new SupportDocumentsApi(dian, account, clock, counters);
        adjustmentNotes = new AdjustmentNotesApi(supportDocuments.store(), dian, account, clock, counters);
        debitNotes = new DebitNotesApi(bills, dian, account, outbox, clock, counters);
        routes = upstreamRoutes(clock);
    }

    private Router upstreamRoutes(Clock clock) {
        Router router = new Router();
        router.addPublic("POST", "/oauth/token", tokens::token);
        BillIssuer issuer = new BillIssuer(bills, dian, account, clock, counters);
        new BillsApi(issuer, bills, outbox, clock, account, relatedNotes()).register(router);
        creditNotes.register(router);
        supportDocuments.register(router);
        adjustmentNotes.register(router);
        debitNotes.register(router);
        new CatalogApi().register(router);
        new AccountApi(account).register(router);
        new V2AccountApi(account).register(router);
        // v2 contract §10.3: one "Facturación" entry; consumed = every document this account issued, any family.
        router.add("GET", "/v2/subscriptions", exchange -> ApiResponse.ok(
                List.of(account.subscription().toJson(counters.documentsCreatedTotal()))));
        return router;
    }

    /** v2's {@code related_notes} of a bill: {reference_code, number, cude} of each note on it (D: no example). */
    private BillV2Json.RelatedNotes relatedNotes() {
        return new BillV2Json.RelatedNotes() {
            @Override
            public List<Object> creditNotes(Bill bill) {
                return creditNotes.store().find(note -> note.bill() == bill).stream().map(Tenant::noteJson).toList();
            }

            @Override
            public List<Object> debitNotes(Bill bill) {
                return debitNotes.store().find(note -> note.bill() == bill).stream().map(Tenant::noteJson).toList();
            }
        };
    }

    private static Object noteJson(AbstractStoredDocument<?> note) {
        return Json.obj("reference_code", note.referenceCode(), "number", note.number(), "cude", note.uuid());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EmulatorCredentials credentials() {
        return credentials;
    }

    /** The Factus API as this account sees it. */
    public Router routes() {
        return routes;
    }

    public TokenService tokens() {
        return tokens;
    }

    public Counters counters() {
        return counters;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public OverlapGuard overlapGuard() {
        return overlapGuard;
    }

    public DianSimulator dian() {
        return dian;
    }

    public BillStore bills() {
        return bills;
    }

    public Outbox outbox() {
        return outbox;
    }

    public RadianEvents radianEvents() {
        return radianEvents;
    }

    public Account account() {
        return account;
    }

    /** Every document family by its control-plane path: "bills", "credit-notes", "support-documents", … */
    public Map<String, DocumentStore<? extends AbstractStoredDocument<?>>> documentStores() {
        Map<String, DocumentStore<? extends AbstractStoredDocument<?>>> stores = new LinkedHashMap<>();
        stores.put("bills", bills);
        stores.put("credit-notes", creditNotes.store());
        stores.put("support-documents", supportDocuments.store());
        stores.put("adjustment-notes", adjustmentNotes.store());
        stores.put("debit-notes", debitNotes.store());
        return stores;
    }

    /**
     * Back to the seed state: documents, ranges, company, tokens, outbox, RADIAN events, DIAN modes, overlap mode,
     * counters and rate-limit window. The credentials and the rate limit stay: they are what the account is.
     */
    public void reset() {
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
        rateLimiter.reset();
    }
}
