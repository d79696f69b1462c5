package co.factusapi.adapter.out.persistence;

import static co.factusapi.testsupport.ApiClient.json;
import static co.factusapi.testsupport.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.config.TenantConfig;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantStatus;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.PostgresDatabase;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The upgrade to tenants, end to end: a PostgreSQL database written by the version before tenants (migrated to V7,
 * with its invoices, a credit note, an API key, the bootstrap admin, an audit event and a finished idempotent request)
 * is started with the new version and the same FACTUS_* settings (the bundled emulator). Everything must now be the
 * default tenant's, under the old account's id, and keep working with the old credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UpgradeToTenantsTest {
    private static String databaseUrl;
    private static PreviousVersionDatabase old;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JdbcTenantRepository tenants;
    @Autowired
    private TenantConfig.DefaultTenant defaultTenant;
    private ApiClient pos;
    private ApiClient admin;

    /** Runs before the Spring context starts: the new version must find the old database as it was left. */
    @BeforeAll
    static void aDatabaseWrittenByThePreviousVersion() {
        databaseUrl = PostgresDatabase.freshSchemaUrl();
        old = PreviousVersionDatabase.writeInto(
                new SimpleDriverDataSource(new org.postgresql.Driver(), databaseUrl, PostgresDatabase.user(), ""));
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", PostgresDatabase::user);
    }

    @BeforeEach
    void signInWithTheOldCredentials() {
        pos = new ApiClient(port).withKey(old.apiKey());
        admin = new ApiClient(port).asUser("admin", old.adminPassword());
    }

    @Test
    void theOldAccountBecameTheOnlyTenantTheDefaultOneRefreshedFromTheSettings() {
        assertThat(defaultTenant.id()).isEqualTo(old.accountId());

        JsonNode listed = json(ok(admin.get("/api/v1/tenants")));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(old.accountId().toString());
        assertThat(listed.get(0).path("name").asString()).isEqualTo(old.accountName());
        assertThat(listed.get(0).path("status").asString()).isEqualToIgnoringCase("active");
        // Started on the bundled emulator: the old emulator URL gave way to the sandbox connection.
        assertThat(listed.get(0).path("sandbox").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT base_url IS NULL FROM tenants WHERE id = :id").param("id", old.accountId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theOldApiKeyActsForTheDefaultTenantWithThePosScopes() {
        JsonNode me = json(ok(pos.get("/api/v1/auth/me")));

        assertThat(me.path("tenant_id").asString()).isEqualTo(old.accountId().toString());
        assertThat(me.path("acting_tenant_id").asString()).isEqualTo(old.accountId().toString());
        assertThat(me.path("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("documents:issue", "documents:read");
    }

    @Test
    void theOldApiKeyServesEveryInvoiceAndCreditNoteIssuedBeforeTheUpgrade() {
        JsonNode page = json(ok(pos.get("/api/v1/invoices?created_to=" + PreviousVersionDatabase.BEFORE_THE_UPGRADE)));
        assertThat(page.path("pagination").path("total").asLong()).isEqualTo(old.invoiceNumbers().size());
        assertThat(page.path("data").valueStream().map(invoice -> invoice.path("number").asString()))
                .containsExactlyInAnyOrderElementsOf(old.invoiceNumbers());

        for (String number : old.invoiceNumbers()) {
            JsonNode invoice = json(ok(pos.get("/api/v1/invoices/" + number)));
            assertThat(invoice.path("status").asString()).isEqualTo("ISSUED");
            assertThat(invoice.path("reference_code").asString()).isEqualTo("REF-" + number);
            assertThat(invoice.path("customer").path("name").asString()).isEqualTo("Juan Pérez");
        }
        JsonNode credited = json(ok(pos.get("/api/v1/invoices/" + old.creditedInvoice())));
        assertThat(credited.path("credit_notes").get(0).path("number").asString()).isEqualTo(old.creditNoteNumber());
        assertThat(credited.path("remaining_creditable_amount").decimalValue()).isEqualByComparingTo("11900.00");
        JsonNode note = json(ok(pos.get("/api/v1/credit-notes/" + old.creditNoteNumber())));
        assertThat(note.path("status").asString()).isEqualTo("ISSUED");
    }

    @Test
    void theAdminLogsInWithItsOldPasswordAndReadsTheOldAuditTrail() {
        JsonNode events = json(ok(admin.get("/api/v1/audit-events?reference_code=REF-" + old.creditedInvoice())));

        assertThat(events.path("data").valueStream().map(event -> event.path("id").asString()))
                .contains(old.auditEventId().toString());
        assertThat(jdbc.sql("SELECT tenant_id FROM audit_events WHERE id = :id").param("id", old.auditEventId())
                .query(UUID.class).single()).isEqualTo(old.accountId());
    }

    @Test
    void aNewInvoiceIssuedWithTheOldKeyLandsUnderTheSameTenant() {
        String reference = "AFTER-" + UUID.randomUUID();
        HttpResponse<String> issued = pos.postJson("/api/v1/invoices", PreviousVersionDatabase.invoiceBody(reference));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

        assertThat(tenantOfDocument(reference)).isEqualTo(old.accountId());
        assertThat(ok(pos.get("/api/v1/invoices/" + json(issued).path("number").asString())).body()).contains(reference);
    }

    /** A POS repeating, after the upgrade, a request it had finished before it gets the stored answer back. */
    @Test
    void anIdempotentRequestFinishedBeforeTheUpgradeIsReplayedAfterIt() {
        HttpResponse<String> repeated = pos.send("POST", "/api/v1/invoices", old.idempotentBody(), "application/json",
                "Idempotency-Key", old.idempotencyKey());

        // The stored answer itself, not a second run of the request that happens to find the same invoice.
        assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(201);
        assertThat(repeated.body()).isEqualTo(old.idempotentAnswer());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM documents WHERE reference_code = :reference")
                .param("reference", "REF-" + old.invoiceNumbers().get(2)).query(Long.class).single()).isEqualTo(1);
    }

    /** Every start ensures the default tenant again (as TenantConfig does): it finds the same one, never a second. */
    @Test
    void ensuringTheDefaultTenantAgainFindsTheSameOne() {
        Instant now = Instant.now();
        for (int restart = 0; restart < 2; restart++) {
            Tenant again = tenants.ensure(new Tenant(UUID.randomUUID(), old.accountName(), null, TenantStatus.ACTIVE,
                    true, ApiVersion.V1, null, null, null, now, now, 0));
            assertThat(again.id()).isEqualTo(old.accountId());
        }
        assertThat(tenants.findAll()).extracting(Tenant::id).containsExactly(old.accountId());
    }

    private UUID tenantOfDocument(String reference) {
        return jdbc.sql("SELECT tenant_id FROM documents WHERE reference_code = :reference")
                .param("reference", reference).query(UUID.class).single();
    }
}
