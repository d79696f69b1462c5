package co.factusapi.emulator.control;

import co.factusapi.emulator.auth.TokenService;
import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.bills.RadianEvents;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The {@code /__emulator/} control plane: JSON, no auth, for tests and benchmarks. */
public final class ControlApi {
    private final Runnable reset;
    private final Counters counters;
    private final Latency latency;
    private final Faults faults;
    private final OverlapGuard overlapGuard;
    private final TokenService tokens;
    private final DianSimulator dian;
    private final BillStore bills;
    private final Outbox outbox;
    private final RadianEvents radianEvents;
    private final Map<String, DocumentStore<? extends AbstractStoredDocument<?>>> documentStores;

    /** @param documentStores the other document families by control-plane path ("support-documents", …) */
    public ControlApi(Runnable reset, Counters counters, Latency latency, Faults faults, OverlapGuard overlapGuard,
            TokenService tokens, DianSimulator dian, BillStore bills, Outbox outbox, RadianEvents radianEvents,
            Map<String, DocumentStore<? extends AbstractStoredDocument<?>>> documentStores) {
        this.reset = reset;
        this.counters = counters;
        this.latency = latency;
        this.faults = faults;
        this.overlapGuard = overlapGuard;
        this.tokens = tokens;
        this.dian = dian;
        this.bills = bills;
        this.outbox = outbox;
        this.radianEvents = radianEvents;
        this.documentStores = Map.copyOf(documentStores);
    }

    /** A family's stored documents, newest first, each keyed by its unique code's name: cufe, cude or cuds. */
    private static ApiResponse listing(DocumentStore<? extends AbstractStoredDocument<?>> store) {
        return ApiResponse.of(200, store.find(document -> true).stream().<Object>map(document -> Json.obj(
                "id", document.id(), "number", document.number(), "reference_code", document.referenceCode(),
                "status", document.dian().status(), "errors", document.dian().errors(),
                document.kind().uuidName().toLowerCase(Locale.ROOT), document.uuid(),
                "total", document.totals().total().toPlainString())).toList());
    }

    public void register(Router router) {
        router.addPublic("POST", "/__emulator/reset", ex -> done(reset))
                .addPublic("PUT", "/__emulator/latency", this::setLatency)
                .addPublic("DELETE", "/__emulator/latency", ex -> done(latency::clear))
                .addPublic("POST", "/__emulator/faults", this::armFault)
                .addPublic("DELETE", "/__emulator/faults", ex -> done(faults::clear))
                .addPublic("POST", "/__emulator/tokens/expire", ex -> done(tokens::expireAll))
                .addPublic("PUT", "/__emulator/config", this::configure)
                .addPublic("POST", "/__emulator/dian/reject", this::reject)
                .addPublic("POST", "/__emulator/dian/slow", ex -> done(() -> dian.slowNext(intOr(ex.json(), "count", 1))))
                .addPublic("POST", "/__emulator/bills/{number}/events", this::addEvent)
                .addPublic("GET", "/__emulator/counters", ex -> ApiResponse.of(200, counters()))
                .addPublic("GET", "/__emulator/outbox", ex -> ApiResponse.of(200,
                        outbox.all().stream().map(Outbox.Email::toJson).toList()))
                .addPublic("GET", "/__emulator/bills", ex -> listing(bills));
        documentStores.forEach((path, store) -> router.addPublic("GET", "/__emulator/" + path, ex -> listing(store)));
    }

    private ApiResponse setLatency(Exchange exchange) {
        JsonNode body = exchange.json();
        latency.set(textOr(body, "endpoint", Latency.ALL), intOr(body, "millis", 0));
        return ok();
    }

    private ApiResponse armFault(Exchange exchange) {
        JsonNode body = exchange.json();
        Fault.Type type;
        try {
            type = Fault.Type.valueOf(textOr(body, "type", "status").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiResponse.of(400, Json.obj("message", "type must be status, reset or hang"));
        }
        JsonNode customBody = body.get("body");
        Integer count = body.hasNonNull("count") ? body.get("count").asInt() : null;
        Double probability = body.hasNonNull("probability") ? body.get("probability").asDouble() : null;
        faults.arm(new Fault(textOr(body, "endpoint", Latency.ALL), type, intOr(body, "status", 503),
                customBody == null || customBody.isNull() ? null : customBody, count, probability,
                intOr(body, "hang_millis", 30_000)));
        return ok();
    }

    private ApiResponse configure(Exchange exchange) {
        JsonNode body = exchange.json();
        if (body.hasNonNull("token_expires_in")) {
            tokens.expiresIn(body.get("token_expires_in").asLong());
        }
        if (body.hasNonNull("overlap_conflict")) {
            overlapGuard.enabled(body.get("overlap_conflict").asBoolean());
        }
        return ok();
    }

    private ApiResponse reject(Exchange exchange) {
        JsonNode body = exchange.json();
        dian.rejectNext(intOr(body, "count", 1), textOr(body, "rule", "FAK24"),
                textOr(body, "message", "No está informado el DV del NIT"));
        return ok();
    }

    private ApiResponse addEvent(Exchange exchange) {
        Bill bill = bills.byNumber(exchange.path("number"));
        String code = textOr(exchange.json(), "event_code", "030");
        return ApiResponse.of(201, radianEvents.add(bill, code).toJson());
    }

    private Object counters() {
        return Json.obj("connections_accepted", counters.connectionsAccepted(),
                "tokens_issued", counters.tokensIssued(), "invoices_created", counters.invoicesCreated(),
                "documents_created", counters.documentsCreated(), "requests", counters.requests());
    }

    private static ApiResponse done(Runnable action) {
        action.run();
        return ok();
    }

    private static ApiResponse ok() {
        return ApiResponse.of(200, Json.obj("status", "OK"));
    }

    private static String textOr(JsonNode body, String field, String fallback) {
        return body.hasNonNull(field) ? body.get(field).asString() : fallback;
    }

    private static int intOr(JsonNode body, String field, int fallback) {
        return body.hasNonNull(field) ? body.get(field).asInt() : fallback;
    }

}
