package co.factusapi.emulator.control;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.tenant.Tenant;
import co.factusapi.emulator.tenant.Tenants;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The {@code /__emulator/} control plane: JSON, no auth, for tests and benchmarks. Calls on account data take
 * {@code ?account=<id>} and address the default account without it; latency and faults are emulator-wide.
 */
public final class ControlApi {
    private static final String ALL_ACCOUNTS = "all";
    private final Runnable resetAll;
    private final LongSupplier connectionsAccepted;
    private final Latency latency;
    private final Faults faults;
    private final Tenants tenants;

    public ControlApi(Runnable resetAll, LongSupplier connectionsAccepted, Latency latency, Faults faults,
            Tenants tenants) {
        this.resetAll = resetAll;
        this.connectionsAccepted = connectionsAccepted;
        this.latency = latency;
        this.faults = faults;
        this.tenants = tenants;
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
        router.addPublic("POST", "/__emulator/reset", this::reset)
                .addPublic("PUT", "/__emulator/latency", this::setLatency)
                .addPublic("DELETE", "/__emulator/latency", ex -> done(latency::clear))
                .addPublic("POST", "/__emulator/faults", this::armFault)
                .addPublic("DELETE", "/__emulator/faults", ex -> done(faults::clear))
                .addPublic("POST", "/__emulator/tokens/expire", ex -> done(account(ex).tokens()::expireAll))
                .addPublic("PUT", "/__emulator/config", this::configure)
                .addPublic("POST", "/__emulator/dian/reject", this::reject)
                .addPublic("POST", "/__emulator/dian/slow",
                        ex -> done(() -> account(ex).dian().slowNext(intOr(ex.json(), "count", 1))))
                .addPublic("POST", "/__emulator/bills/{number}/events", this::addEvent)
                .addPublic("GET", "/__emulator/counters", this::counters)
                .addPublic("PUT", "/__emulator/subscription",
                        ex -> AccountsControlApi.setSubscription(account(ex), ex.json()))
                .addPublic("GET", "/__emulator/outbox", ex -> ApiResponse.of(200,
                        account(ex).outbox().all().stream().map(Outbox.Email::toJson).toList()));
        for (String path : tenants.defaultTenant().documentStores().keySet()) {
            router.addPublic("GET", "/__emulator/" + path,
                    ex -> listing(account(ex).documentStores().get(path)));
        }
        new AccountsControlApi(tenants).register(router);
    }

    private Tenant account(Exchange exchange) {
        return AccountsControlApi.addressed(tenants, exchange);
    }

    /** One account back to its seed state, or without {@code ?account=} everything: only a fresh default remains. */
    private ApiResponse reset(Exchange exchange) {
        String id = exchange.query("account");
        return done(id == null || id.isBlank() ? resetAll : account(exchange)::reset);
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
        Tenant tenant = account(exchange);
        if (body.hasNonNull("token_expires_in")) {
            tenant.tokens().expiresIn(body.get("token_expires_in").asLong());
        }
        if (body.hasNonNull("overlap_conflict")) {
            tenant.overlapGuard().enabled(body.get("overlap_conflict").asBoolean());
        }
        return ok();
    }

    private ApiResponse reject(Exchange exchange) {
        JsonNode body = exchange.json();
        account(exchange).dian().rejectNext(intOr(body, "count", 1), textOr(body, "rule", "FAK24"),
                textOr(body, "message", "No está informado el DV del NIT"));
        return ok();
    }

    private ApiResponse addEvent(Exchange exchange) {
        Tenant tenant = account(exchange);
        Bill bill = tenant.bills().byNumber(exchange.path("number"));
        String code = textOr(exchange.json(), "event_code", "030");
        return ApiResponse.of(201, tenant.radianEvents().add(bill, code).toJson());
    }

    /** One account's figures next to the emulator-wide connection count, or with {@code ?account=all} every account's. */
    private ApiResponse counters(Exchange exchange) {
        Map<String, Object> answer = Json.obj("connections_accepted", connectionsAccepted.getAsLong());
        if (ALL_ACCOUNTS.equals(exchange.query("account"))) {
            Map<String, Object> byAccount = new LinkedHashMap<>();
            tenants.all().forEach(tenant -> byAccount.put(tenant.id(), AccountsControlApi.counters(tenant)));
            answer.put("accounts", byAccount);
        } else {
            answer.putAll(AccountsControlApi.counters(account(exchange)));
        }
        return ApiResponse.of(200, answer);
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
