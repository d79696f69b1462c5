package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.identity.ApiKeyCredential;
import co.factusapi.testsupport.InvoiceJson;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.Ledgers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database as the version before tenants (main at c61ca23) left it: migrated up to V7 only, then written with the
 * exact SQL and columns that version's repositories used (JdbcAccountRepository, DocumentRow, JdbcApiKeyRepository,
 * JdbcUserRepository, JdbcAuditLog, JdbcIdempotencyStore). Request payloads are written by today's LedgerJson: the
 * request records have not changed since. Everything the upgrade tests check afterwards is a field of this record.
 */
record PreviousVersionDatabase(UUID accountId, String accountName, String apiKey, UUID apiKeyId, String adminPassword,
                               List<String> invoiceNumbers, String creditedInvoice, String creditNoteNumber,
                               UUID auditEventId, String idempotencyKey, String idempotentBody,
                               String idempotentAnswer) {
    static final String ACCOUNT_NAME = "default";
    static final String ADMIN_PASSWORD = "password-of-the-previous-version";
    /** The old version's emulator URL: the new one must replace it by the sandbox connection on start. */
    static final String OLD_BASE_URL = "http://127.0.0.1:48123";
    static final String OLD_INSTANCE = "instance-of-the-previous-version";
    static final Instant ACCOUNT_CREATED = Instant.parse("2025-03-01T14:00:00Z");
    /** Every old invoice is from 2025: a list up to 2026-01-01 holds them and none issued by the test. */
    static final String BEFORE_THE_UPGRADE = "2026-01-01";
    private static final DocumentTotalsRow INVOICE_TOTALS = new DocumentTotalsRow(Ledgers.INVOICE_TOTALS.grossValue(),
            Ledgers.INVOICE_TOTALS.taxAmount(), Ledgers.INVOICE_TOTALS.total());
    private static final DocumentTotalsRow ONE_UNIT = new DocumentTotalsRow(new BigDecimal("10000.00"),
            new BigDecimal("1900.00"), new BigDecimal("11900.00"));

    /** Migrates {@code dataSource} to V7 and writes a deployment's worth of rows the way the previous version did. */
    static PreviousVersionDatabase writeInto(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID accountId = UUID.randomUUID();
        insertAccount(jdbc, accountId);

        // A fixed seed: the same plain key on every run, and the test knows both it and its hash.
        ApiKeyCredential credential = ApiKeyCredential.generate(new Random(20251206L));
        UUID apiKeyId = UUID.randomUUID();
        insertApiKey(jdbc, apiKeyId, credential);
        insertAdmin(jdbc);
        String actor = "api-key:" + credential.publicId();

        List<String> numbers = List.of("SETP880000001", "SETP880000002", "SETP880000003");
        List<UUID> invoiceIds = numbers.stream().map(number -> UUID.randomUUID()).toList();
        String idempotencyKey = "pos-retry-" + numbers.get(2);
        for (int i = 0; i < numbers.size(); i++) {
            Instant at = ACCOUNT_CREATED.plus(10 + i, ChronoUnit.DAYS);
            insertInvoice(jdbc, invoiceIds.get(i), accountId, "REF-" + numbers.get(i), numbers.get(i), actor,
                    i == 2 ? idempotencyKey : null, at);
        }
        String creditNote = "NC880000001";
        insertCreditNote(jdbc, accountId, invoiceIds.get(0), numbers.get(0), creditNote, actor,
                ACCOUNT_CREATED.plus(20, ChronoUnit.DAYS));
        UUID auditEventId = UUID.randomUUID();
        insertAuditEvent(jdbc, auditEventId, actor, numbers.get(0), "REF-" + numbers.get(0));

        String body = invoiceBody("REF-" + numbers.get(2));
        String answer = "{\"number\":\"" + numbers.get(2) + "\",\"status\":\"ISSUED\"}";
        insertCompletedIdempotencyKey(jdbc, actor, idempotencyKey, body, numbers.get(2), answer);
        return new PreviousVersionDatabase(accountId, ACCOUNT_NAME, credential.plainText(), apiKeyId, ADMIN_PASSWORD,
                numbers, numbers.get(0), creditNote, auditEventId, idempotencyKey, body, answer);
    }

    private static void insertAccount(JdbcClient jdbc, UUID id) {
        jdbc.sql("INSERT INTO factus_accounts (id, name, base_url, created_at) VALUES (:id, :name, :url, :at)")
                .param("id", id).param("name", ACCOUNT_NAME).param("url", OLD_BASE_URL)
                .param("at", SqlTime.timestamp(ACCOUNT_CREATED))
                .update();
    }

    private static void insertApiKey(JdbcClient jdbc, UUID id, ApiKeyCredential credential) {
        jdbc.sql("INSERT INTO api_keys (id, name, public_id, secret_hash, created_at, revoked_at, last_used_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, "pos-caja-1", credential.publicId(), credential.secretHash(),
                        SqlTime.timestamp(ACCOUNT_CREATED.plus(1, ChronoUnit.DAYS)), null,
                        SqlTime.timestamp(ACCOUNT_CREATED.plus(12, ChronoUnit.DAYS)))
                .update();
    }

    private static void insertAdmin(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO users (id, username, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), "admin", new BCryptPasswordEncoder().encode(ADMIN_PASSWORD), "admin",
                        SqlTime.timestamp(ACCOUNT_CREATED))
                .update();
    }

    private static void insertInvoice(JdbcClient jdbc, UUID id, UUID accountId, String reference, String number,
                                      String actor, String idempotencyKey, Instant at) {
        Map<String, Object> row = issued(id, accountId, "INVOICE", reference, "SETP", number, "f".repeat(96),
                INVOICE_TOTALS, LedgerJson.write(Invoices.request(reference)), actor, idempotencyKey, at);
        row.put("parent_id", null);
        row.put("parent_number", null);
        insertDocument(jdbc, row);
    }

    private static void insertCreditNote(JdbcClient jdbc, UUID accountId, UUID invoiceId, String invoiceNumber,
                                         String number, String actor, Instant at) {
        String reference = "REF-" + number;
        Map<String, Object> row = issued(UUID.randomUUID(), accountId, "CREDIT_NOTE", reference, "NC", number,
                "c".repeat(96), ONE_UNIT, LedgerJson.write(Ledgers.oneUnitCredit(invoiceNumber, reference)), actor, null,
                at);
        row.put("parent_id", invoiceId);
        row.put("parent_number", invoiceNumber);
        insertDocument(jdbc, row);
    }

    /** The columns of the previous version's DocumentRow.INSERT for a settled, ISSUED document. */
    private static Map<String, Object> issued(UUID id, UUID accountId, String kind, String reference, String prefix,
                                              String number, String uniqueCode, DocumentTotalsRow totals,
                                              String requestPayload, String actor, String idempotencyKey, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("account_id", accountId);
        row.put("kind", kind);
        row.put("reference_code", reference);
        row.put("status", "ISSUED");
        row.put("prefix", prefix);
        row.put("number", number);
        row.put("unique_code", uniqueCode);
        row.put("qr_url", "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=" + uniqueCode);
        row.put("party_identification", Invoices.person().identification());
        row.put("party_name", "Juan Pérez");
        row.put("gross_value", totals.gross());
        row.put("tax_amount", totals.tax());
        row.put("total", totals.total());
        row.put("upstream_errors", null);
        row.put("request_payload", requestPayload);
        row.put("created_by", actor);
        row.put("idempotency_key", idempotencyKey);
        row.put("created_at", SqlTime.timestamp(at));
        row.put("updated_at", SqlTime.timestamp(at.plusSeconds(2)));
        row.put("issued_at", SqlTime.timestamp(at.plusSeconds(2)));
        row.put("holder", OLD_INSTANCE);
        return row;
    }

    private static void insertDocument(JdbcClient jdbc, Map<String, Object> row) {
        jdbc.sql("INSERT INTO documents (id, account_id, kind, reference_code, status, prefix, number, unique_code, "
                        + "qr_url, party_identification, party_name, parent_id, parent_number, gross_value, tax_amount, "
                        + "total, upstream_errors, request_payload, created_by, idempotency_key, created_at, updated_at, "
                        + "issued_at, holder) VALUES (:id, :account_id, :kind, :reference_code, :status, :prefix, "
                        + ":number, :unique_code, :qr_url, :party_identification, :party_name, :parent_id, "
                        + ":parent_number, :gross_value, :tax_amount, :total, :upstream_errors, :request_payload, "
                        + ":created_by, :idempotency_key, :created_at, :updated_at, :issued_at, :holder)")
                .params(row)
                .update();
    }

    private static void insertAuditEvent(JdbcClient jdbc, UUID id, String actor, String number, String reference) {
        jdbc.sql("INSERT INTO audit_events (id, occurred_at, actor, action, resource_type, resource_id, reference_code, "
                        + "outcome, detail) VALUES (:id, :occurred_at, :actor, :action, :resource_type, :resource_id, "
                        + ":reference_code, :outcome, :detail)")
                .param("id", id).param("occurred_at", SqlTime.timestamp(ACCOUNT_CREATED.plus(10, ChronoUnit.DAYS)))
                .param("actor", actor).param("action", "invoice.issue").param("resource_type", "invoice")
                .param("resource_id", number).param("reference_code", reference).param("outcome", "ISSUED")
                .param("detail", null)
                .update();
    }

    /**
     * A POS that issued with an Idempotency-Key just before the upgrade and repeats the request just after it: the
     * previous version scoped the key by the caller's name alone, and kept it (ttl) well past the upgrade.
     */
    private static void insertCompletedIdempotencyKey(JdbcClient jdbc, String actor, String key, String body,
                                                      String number, String answer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, state, owner, created_at, "
                        + "expires_at) VALUES (:scope, :key, :fingerprint, :state, :owner, :created_at, :expires_at)")
                .param("scope", actor).param("key", key)
                .param("fingerprint", fingerprint("POST", "/api/v1/invoices", body))
                .param("state", "IN_FLIGHT").param("owner", OLD_INSTANCE)
                .param("created_at", SqlTime.timestamp(now.minus(1, ChronoUnit.MINUTES)))
                .param("expires_at", SqlTime.timestamp(now.plus(1, ChronoUnit.DAYS)))
                .update();
        jdbc.sql("UPDATE idempotency_keys SET state = :state, response_status = :status, content_type = :content_type, "
                        + "location = :location, response_body = :body WHERE scope = :scope AND idempotency_key = :key")
                .param("state", "COMPLETED").param("status", 201).param("content_type", "application/json")
                .param("location", "/api/v1/invoices/" + number)
                .param("body", answer)
                .param("scope", actor).param("key", key)
                .update();
    }

    /** The caller's request body as a POS sends it. */
    static String invoiceBody(String reference) {
        return InvoiceJson.body(reference, Invoices.person().identification(), "CC", null);
    }

    /** What RequestFingerprint (unchanged since the previous version) makes of a JSON request. */
    private static String fingerprint(String method, String path, String body) {
        JsonMapper canonical = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
        JsonNode tree = canonical.readTree(body);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(canonical.writeValueAsBytes(tree));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record DocumentTotalsRow(BigDecimal gross, BigDecimal tax, BigDecimal total) {
    }
}
