package co.factusapi.emulator.control;

import co.factusapi.emulator.RateLimitCounters;
import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.tenant.Tenant;
import co.factusapi.emulator.tenant.Tenants;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code /__emulator/accounts}: create and list accounts, set their rate limit; and how a call names its account. */
public final class AccountsControlApi {
    private final Tenants tenants;

    public AccountsControlApi(Tenants tenants) {
        this.tenants = tenants;
    }

    public void register(Router router) {
        router.addPublic("POST", "/__emulator/accounts", this::create)
                .addPublic("GET", "/__emulator/accounts", ex -> ApiResponse.of(200,
                        tenants.all().stream().map(AccountsControlApi::summary).toList()))
                .addPublic("PUT", "/__emulator/accounts/{id}/rate-limit", this::setRateLimit)
                .addPublic("PUT", "/__emulator/accounts/{id}/subscription",
                        exchange -> setSubscription(known(tenants, exchange.path("id")), exchange.json()));
    }

    /** The account named by {@code ?account=<id>}, the default one without it; an unknown id is a 404. */
    static Tenant addressed(Tenants tenants, Exchange exchange) {
        String id = exchange.query("account");
        return id == null || id.isBlank() ? tenants.defaultTenant() : known(tenants, id.trim());
    }

    private static Tenant known(Tenants tenants, String id) {
        Tenant tenant = tenants.find(id);
        if (tenant == null) {
            throw new ApiException(ApiResponse.of(404, Json.obj("message", "No emulator account " + id)));
        }
        return tenant;
    }

    private ApiResponse create(Exchange exchange) {
        JsonNode body = exchange.json();
        Integer perMinute = perMinute(body, "rate_limit_per_minute");
        String name = body.hasNonNull("name") ? body.get("name").asString() : null;
        Tenant tenant = tenants.create(name, perMinute);
        // The only answer that carries the secrets: the listing leaves them out.
        Map<String, Object> created = summary(tenant);
        created.put("client_secret", tenant.credentials().clientSecret());
        created.put("password", tenant.credentials().password());
        return ApiResponse.of(201, created);
    }

    private ApiResponse setRateLimit(Exchange exchange) {
        Tenant tenant = known(tenants, exchange.path("id"));
        Integer perMinute = perMinute(exchange.json(), "per_minute");
        tenant.rateLimiter().perMinute(perMinute == null ? 0 : perMinute);
        return ApiResponse.of(200, summary(tenant));
    }

    /**
     * {@code {"documents": 100, "expires_on": "2027-01-31", "activated_on": "2026-01-01"}}: documents null or absent
     * means unlimited; absent dates keep their value. Answers the subscription as {@code GET /v2/subscriptions} shows
     * it. A negative quota or a malformed date is a 400.
     */
    static ApiResponse setSubscription(Tenant tenant, JsonNode body) {
        JsonNode documents = body.get("documents");
        Integer quota = null;
        if (documents != null && !documents.isNull()) {
            if (!documents.canConvertToInt() || documents.asInt() < 0) {
                throw new ApiException(ApiResponse.of(400, Json.obj("message",
                        "documents must be null (unlimited) or 0 or more")));
            }
            quota = documents.asInt();
        }
        tenant.account().subscription().set(quota, day(body, "expires_on"), day(body, "activated_on"));
        return ApiResponse.of(200, tenant.account().subscription().toJson(tenant.counters().documentsCreatedTotal()));
    }

    private static java.time.LocalDate day(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(body.get(field).asString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(ApiResponse.of(400, Json.obj("message", field + " must be YYYY-MM-DD")));
        }
    }

    /** Absent is null (the caller's default); a negative or non-numeric value is a 400. */
    private static Integer perMinute(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || value.asInt() < 0) {
            throw new ApiException(ApiResponse.of(400, Json.obj("message",
                    field + " must be 0 (unlimited) or a positive number of requests per minute")));
        }
        return value.asInt();
    }

    private static Map<String, Object> summary(Tenant tenant) {
        return Json.obj("id", tenant.id(), "name", tenant.name(), "client_id", tenant.credentials().clientId(),
                "username", tenant.credentials().username(),
                "rate_limit_per_minute", tenant.rateLimiter().perMinute());
    }

    /** One account's counters, as {@code GET /__emulator/counters} shows them. */
    static Map<String, Object> counters(Tenant tenant) {
        Counters counters = tenant.counters();
        RateLimitCounters rateLimit = tenant.rateLimiter().counters();
        return Json.obj("account", tenant.id(), "tokens_issued", counters.tokensIssued(),
                "invoices_created", counters.invoicesCreated(), "documents_created", counters.documentsCreated(),
                "requests", counters.requests(),
                "rate_limit", Json.obj("per_minute", rateLimit.perMinute(), "accepted", rateLimit.accepted(),
                        "throttled", rateLimit.throttled(), "max_in_window", rateLimit.maxInWindow()));
    }
}
