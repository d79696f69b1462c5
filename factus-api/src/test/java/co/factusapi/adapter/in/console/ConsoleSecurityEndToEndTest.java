package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.ConsoleClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's security over plain HTTP: sign-in and sign-out, the session cookie's flags, CSRF, roles, headers,
 * escaping, languages, the actions on documents (each refused to a reader and without a token), and that the API
 * stays stateless and cookie-free beside it. The browser test
 * (ConsoleBrowserEndToEndTest) drives the same pages in Chromium.
 */
class ConsoleSecurityEndToEndTest extends EndToEndTest {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    private ConsoleClient admin() {
        ConsoleClient console = new ConsoleClient(port);
        assertThat(console.signIn("admin", ApiClient.ADMIN_PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/console");
        return console;
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() {
        HttpResponse<String> today = new ConsoleClient(port).get("/console");
        assertThat(today.statusCode()).isEqualTo(302);
        assertThat(today.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in");
    }

    @Test
    void signingInGivesAStrictSessionCookieAndTheTodayPage() {
        ConsoleClient console = new ConsoleClient(port);
        HttpResponse<String> signedIn = console.signIn("admin", ApiClient.ADMIN_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("FACTUS_CONSOLE=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/console", "HttpOnly", "SameSite=Strict", "Secure");
        HttpResponse<String> today = console.get("/console");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("<h1>Hoy, ", "Emitidos hoy", "Cerrar sesión");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        ConsoleClient console = new ConsoleClient(port);
        HttpResponse<String> refused = console.signIn("admin", "not the password");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?error");
        assertThat(console.get("/console/sign-in?error").body()).contains("Usuario o contraseña incorrectos.");
        assertThat(console.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aPostWithoutOrWithAForgedCsrfTokenIsRefused() {
        ConsoleClient console = admin();
        console.get("/console/api-keys");

        assertThat(console.postWithoutToken("/console/api-keys", Map.of("name", "no-token")).statusCode()).isEqualTo(403);
        assertThat(console.postWithoutToken("/console/api-keys", Map.of("name", "forged", "_csrf", "forged-token"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> created = console.post("/console/api-keys", Map.of("name", "with-token"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(console.get("/console/api-keys").body()).contains("with-token").doesNotContain("no-token", "forged");
    }

    @Test
    void consolePagesCarryAStrictContentPolicyAndTheApiKeepsItsOwn() {
        HttpResponse<String> page = admin().get("/console");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.body()).doesNotContain("<script>", "style=\"", " onclick=");

        HttpResponse<String> apiAnswer = api.get("/api/v1/invoices");
        assertThat(apiAnswer.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void theApiStaysStatelessAndSetsNoCookie() {
        ApiClient anonymous = api.anonymous();
        HttpResponse<String> login = anonymous.postJson("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> list = api.get("/api/v1/invoices");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anonymous.get("/api/v1/invoices").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anonymous.get("/v3/api-docs").body()).as("the console is not part of the API's description")
                .contains("/api/v1/invoices").doesNotContain("/console");
    }

    @Test
    void hoyNamesADisabledWebhookEndpointToThoseWhoManageTheTenantOnly() {
        ApiClient admin = api.asAdmin();
        String url = "http://127.0.0.1:9/hoy-" + System.nanoTime();
        HttpResponse<String> created = admin.send("POST", "/api/v1/webhook-endpoints", "{\"url\":\"" + url
                + "\",\"event_types\":[\"document.issued\"]}", "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String endpoint = "/api/v1/webhook-endpoints/" + ApiClient.json(created).path("id").asString();
        assertThat(admin.send("PATCH", endpoint, "{\"enabled\":false}", "application/json").statusCode())
                .isEqualTo(200);
        try {
            ConsoleClient console = new ConsoleClient(port);
            console.signIn("admin", ApiClient.ADMIN_PASSWORD);
            assertThat(console.get("/console").body()).contains("id=\"notices\"",
                    "El webhook " + url + " está desactivado: disabled by the tenant",
                    "href=\"/console/webhooks/" + ApiClient.json(created).path("id").asString() + "\"");
            assertThat(reader().get("/console").body()).contains("Requiere atención").doesNotContain(url);
        } finally {
            admin.send("DELETE", endpoint, null, null);
        }
    }

    @Test
    void aReadOnlyUserSeesDocumentsButNoKeysAndTheirPostsAreRefused() {
        ConsoleClient reader = reader();

        HttpResponse<String> documents = reader.get("/console/documents");
        assertThat(documents.statusCode()).isEqualTo(200);
        assertThat(documents.body()).contains("solo lectura").doesNotContain("/console/api-keys");
        assertThat(reader.get("/console/api-keys").statusCode()).isEqualTo(403);
        assertThat(reader.post("/console/api-keys", Map.of("name", "sneaky")).statusCode()).isEqualTo(403);
        assertThat(reader.post("/console/tenant", Map.of("tenant", "00000000-0000-0000-0000-000000000000"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theNumberingRangesShowWhatIsLeftAsTheApiReportsItToEveryReader() {
        tools.jackson.databind.JsonNode setp = null;
        for (tools.jackson.databind.JsonNode range : ApiClient.json(api.get("/api/v1/numbering-ranges"))) {
            if ("SETP".equals(range.path("prefix").asString()) && range.path("active").asBoolean(true)) {
                setp = range;
            }
        }
        assertThat(setp).as("the emulator's invoice range").isNotNull();
        long left = setp.path("to").asLong() - setp.path("current").asLong() + 1;

        HttpResponse<String> page = reader().get("/console/numbering-ranges");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Rangos de numeración", "<code>SETP</code>", ">" + left + "<",
                setp.path("end_date").asString());
        assertThat(admin().get("/console/numbering-ranges?lang=en").body()).contains("Numbering ranges", "Left");
    }

    @Test
    void aDianRejectionNeedsAttentionAndShowsItsRules() {
        String reference = "REJECTED-" + System.nanoTime();
        emulator.rejectNext(1);
        assertThat(issue(reference)).isEqualTo(422);
        ConsoleClient console = admin();

        String today = console.get("/console").body();
        assertThat(today).contains("id=\"attention\"", reference, "Rechazado");
        assertThat(today).doesNotContain("id=\"rejected-today\">0<");
        String detail = console.get("/console/documents/invoice/" + reference).body();
        assertThat(detail).contains("Rechazado", "Reglas de la DIAN", "FAK24", "El documento aún no tiene número");
    }

    @Test
    void anAdminIssuesACreditNoteForWhatRemainsOfAnInvoice() {
        String invoice = issuedInvoice("CREDITED-");
        ConsoleClient console = admin();
        String address = "/console/documents/invoice/" + invoice + "/credit-note";
        assertThat(console.get("/console/documents/invoice/" + invoice).body()).contains("href=\"" + address + "\"");
        HttpResponse<String> form = console.get(address);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Saldo por acreditar", "id=\"remaining\">$ 23.800,00<", "Café de Santander");

        HttpResponse<String> tooMany = console.post(address, Map.of("mode", "lines", "concept", "partial_return",
                "quantity", "3", "referenceCode", "NC-" + invoice, "observation", "<script>alert(1)</script>"));
        assertThat(tooMany.statusCode()).as("the form again, with what is wrong").isEqualTo(200);
        assertThat(tooMany.body()).contains("Cantidad a acreditar", "(línea 1)", "must be a whole number from 0 to 2",
                "value=\"3\"", "value=\"NC-" + invoice + "\"", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");

        emulator.rejectNext(1);
        HttpResponse<String> rejected = console.post(address, Map.of("mode", "lines", "concept", "partial_return",
                "quantity", "1", "referenceCode", "NC-" + invoice));
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("No se emitió la nota crédito.", "FAK24", "Qué corregir:",
                "value=\"NC-" + invoice + "\"", "value=\"partial_return\" selected=\"selected\"");

        HttpResponse<String> oneUnit = console.post(address, Map.of("mode", "lines", "concept", "partial_return",
                "quantity", "1", "referenceCode", "NC-" + invoice, "key", java.util.UUID.randomUUID().toString()));
        assertThat(oneUnit.statusCode()).isEqualTo(302);
        assertThat(oneUnit.headers().firstValue("Location").orElseThrow()).contains("/console/documents/credit-note/NC-" + invoice);
        assertThat(console.get("/console/documents/credit-note/NC-" + invoice).body())
                .contains("Nota crédito enviada. Estado: Emitido.", "$ 11.900,00", "Corrige");
        assertThat(console.get(address).body()).contains("id=\"remaining\">$ 11.900,00<");

        HttpResponse<String> rest = console.post(address, Map.of("mode", "remaining", "referenceCode", "NC2-" + invoice));
        assertThat(rest.statusCode()).isEqualTo(302);
        assertThat(console.get(address).body()).contains("no le queda saldo").doesNotContain("id=\"credit-note-form\"");
        HttpResponse<String> beyond = console.post(address, Map.of("mode", "remaining", "referenceCode", "NC3-" + invoice));
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("Saldo de la factura", "nothing left to correct");
        assertThat(console.get(address + "?lang=en").body()).contains("Credit note for invoice", "Left to credit",
                "This invoice has nothing left to credit.");
    }

    @Test
    void aDianRejectionIsExplainedAndClearedFromItsPage() {
        String reference = "CLEARED-" + System.nanoTime();
        emulator.rejectNext(1);
        assertThat(issue(reference)).isEqualTo(422);
        ConsoleClient console = admin();
        String page = "/console/documents/invoice/" + reference;
        assertThat(console.get(page).body()).contains("FAK24", "El dígito de verificación (DV) del NIT del cliente",
                "Qué corregir:", "Eliminar en Factus", "bloquea toda la cuenta");

        assertThat(console.post(page + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(console.get(page).body()).contains("Marque la casilla", "Rechazado");
        assertThat(console.post(page + "/delete", Map.of("confirmed", "yes")).statusCode()).isEqualTo(302);
        assertThat(console.get(page).body()).contains("Documento eliminado en Factus. Estado: Eliminado.")
                .doesNotContain("id=\"delete-form\"");
        assertThat(api.get("/api/v1/invoices?reference_code=" + reference).body()).contains("\"DELETED\"");
        assertThat(console.get(page + "?lang=en").body()).contains("The check digit (DV) of the customer NIT",
                "What to fix:", "Deleted");
    }

    @Test
    void anUnknownDocumentIsReconciledNowAndAnIssuedOneEmailedAgain() {
        String reference = "UNSETTLED-" + System.nanoTime();
        emulator.slowNext(1);
        assertThat(issue(reference)).isEqualTo(202);
        ConsoleClient console = admin();
        String page = "/console/documents/invoice/" + reference;
        assertThat(console.get(page).body()).contains("Desconocido", "id=\"reconcile\"").doesNotContain("id=\"email-form\"");

        assertThat(console.post(page + "/reconcile", Map.of()).statusCode()).isEqualTo(302);
        String reconciled = console.get(page).body();
        assertThat(reconciled).contains("Documento conciliado. Estado: Emitido.", "id=\"email-form\"",
                "value=\"juan@example.com\"").doesNotContain("id=\"reconcile\"");
        assertThat(console.post(page + "/reconcile", Map.of()).statusCode()).isEqualTo(302);
        assertThat(console.get(page).body()).contains("No se pudo conciliar el documento.", "is ISSUED");

        assertThat(console.post(page + "/send-email", Map.of("email", "<b>x</b>")).statusCode()).isEqualTo(302);
        assertThat(console.get(page).body()).contains("No se pudo enviar el correo.", "value=\"&lt;b&gt;x&lt;/b&gt;\"");
        assertThat(console.post(page + "/send-email", Map.of("email", "cliente@example.com")).statusCode()).isEqualTo(302);
        assertThat(console.get(page).body()).contains("Documento enviado por correo.");
        assertThat(emulator.outbox()).contains("cliente@example.com");
    }

    @Test
    void documentActionsAreRefusedToAReaderEvenWithAValidTokenAndToAnyoneWithoutOne() {
        String invoice = issuedInvoice("GUARDED-");
        String page = "/console/documents/invoice/" + invoice;
        ConsoleClient reader = reader();
        assertThat(reader.get(page).body()).contains(invoice).doesNotContain("id=\"credit-note\"", "id=\"email-form\"",
                "/credit-note", "/send-email");
        assertThat(reader.get(page + "/credit-note").statusCode()).isEqualTo(403);
        ConsoleClient admin = admin();
        admin.get(page);
        for (String action : new String[] {"/credit-note", "/delete", "/reconcile", "/send-email"}) {
            Map<String, String> fields = Map.of("mode", "remaining", "referenceCode", "NC-" + invoice,
                    "confirmed", "yes", "email", "cliente@example.com");
            assertThat(reader.post(page + action, fields).statusCode()).as("a reader's " + action).isEqualTo(403);
            assertThat(admin.postWithoutToken(page + action, fields).statusCode()).as(action + " without a token")
                    .isEqualTo(403);
        }
        assertThat(admin.get("/console/documents/credit-note/NC-" + invoice).statusCode()).as("no note was issued")
                .isEqualTo(404);
    }

    private String issuedInvoice(String prefix) {
        String reference = prefix + System.nanoTime();
        assertThat(issue(reference)).isEqualTo(201);
        return reference;
    }

    private int issue(String reference) {
        return api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null)).statusCode();
    }

    private ConsoleClient reader() {
        String username = "reader" + System.nanoTime();
        assertThat(api.asAdmin().postJson("/api/v1/users",
                "{\"username\":\"" + username + "\",\"password\":\"reader-password-123\",\"role\":\"reader\"}")
                .statusCode()).isEqualTo(201);
        ConsoleClient reader = new ConsoleClient(port);
        assertThat(reader.signIn(username, "reader-password-123").headers().firstValue("Location").orElseThrow())
                .endsWith(":" + port + "/console");
        return reader;
    }

    @Test
    void theUsersOfASuspendedTenantGetAPageSayingSoNotJson() {
        String digits = Long.toString(900_000_000L + Math.floorMod(System.nanoTime(), 99_999_999L));
        String name = "Tienda <b>suspendida</b> " + System.nanoTime();
        HttpResponse<String> tenant = api.asAdmin().postJson("/api/v1/tenants", "{\"name\":\"" + name
                + "\",\"nit\":\"" + digits + "-" + NitCheckDigit.of(digits) + "\",\"sandbox\":true}");
        assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
        String tenantId = ApiClient.json(tenant).path("id").asString();
        String username = "suspended" + System.nanoTime();
        assertThat(api.asAdmin().send("POST", "/api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"tenant-password-123\",\"role\":\"admin\"}", "application/json",
                "Factus-Tenant", tenantId).statusCode()).isEqualTo(201);
        ConsoleClient console = new ConsoleClient(port);
        console.signIn(username, "tenant-password-123");
        assertThat(console.get("/console").statusCode()).isEqualTo(200);

        assertThat(api.asAdmin().send("PATCH", "/api/v1/tenants/" + tenantId, "{\"status\":\"suspended\"}",
                "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> today = console.get("/console");
        assertThat(today.statusCode()).isEqualTo(403);
        assertThat(today.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(today.body()).contains("Empresa suspendida", "&lt;b&gt;suspendida&lt;/b&gt;")
                .doesNotContain("<b>suspendida</b>");
        HttpResponse<String> action = console.post("/console/api-keys", Map.of("name", "while-suspended"));
        assertThat(action.statusCode()).isEqualTo(403);
        assertThat(action.body()).contains("Empresa suspendida");
        assertThat(api.asAdmin().get("/api/v1/api-keys", "Factus-Tenant", tenantId).body()).doesNotContain("while-suspended");
    }

    @Test
    void aPlatformAdminPicksTheTenantTheConsoleWorksFor() {
        String reference = "TENANT-" + System.nanoTime();
        assertThat(issue(reference)).isEqualTo(201);
        String name = "Tienda consola " + System.nanoTime();
        String digits = Long.toString(900_000_000L + Math.floorMod(System.nanoTime(), 99_999_999L));
        String nit = digits + "-" + NitCheckDigit.of(digits);
        HttpResponse<String> tenant = api.asAdmin().postJson("/api/v1/tenants",
                "{\"name\":\"" + name + "\",\"nit\":\"" + nit + "\",\"sandbox\":true}");
        assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
        String tenantId = ApiClient.json(tenant).path("id").asString();
        ConsoleClient console = admin();
        assertThat(console.get("/console/documents?reference=" + reference).body()).contains(reference);

        assertThat(console.post("/console/tenant", Map.of("tenant", tenantId)).statusCode()).isEqualTo(302);
        assertThat(console.get("/console").body()).contains("value=\"" + tenantId + "\" selected=\"selected\"");
        assertThat(console.get("/console/documents?reference=" + reference).body())
                .contains("No hay documentos").doesNotContain(reference + "</a>");
        assertThat(console.post("/console/tenant", Map.of("tenant", "00000000-0000-0000-0000-000000000000"))
                .statusCode()).isEqualTo(404);

        assertThat(api.asAdmin().send("DELETE", "/api/v1/tenants/" + tenantId, null, null).statusCode()).isEqualTo(204);
        HttpResponse<String> afterDeletion = console.get("/console/documents?reference=" + reference);
        assertThat(afterDeletion.statusCode()).as("a deleted tenant's choice is forgotten").isEqualTo(200);
        assertThat(afterDeletion.body()).contains(reference + "</a>");
    }

    @Test
    void signingOutEndsTheSessionEverywhere() {
        ConsoleClient console = admin();
        String session = console.cookies().get("FACTUS_CONSOLE");
        console.get("/console");

        HttpResponse<String> out = console.post("/console/sign-out", Map.of());
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?signed-out");
        ConsoleClient stale = new ConsoleClient(port);
        stale.cookies().put("FACTUS_CONSOLE", session);
        HttpResponse<String> again = stale.get("/console");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("/console/sign-in");
    }

    @Test
    void anUnknownOrExpiredSessionLeadsBackToSignIn() {
        ConsoleClient console = new ConsoleClient(port);
        console.cookies().put("FACTUS_CONSOLE", "bm8tc3VjaC1zZXNzaW9u");
        HttpResponse<String> page = console.get("/console/documents");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?expired");
        assertThat(console.get("/console/sign-in?expired").body()).contains("Su sesión expiró");
    }

    @Test
    void aFormSentAfterTheSessionExpiredLeadsToSignInAndBackToTheFormWithNothingDone() {
        ConsoleClient console = admin();
        console.get("/console/api-keys");
        String expiredSession = console.cookies().get("FACTUS_CONSOLE");
        console.post("/console/sign-out", Map.of());
        console.cookies().put("FACTUS_CONSOLE", expiredSession);

        HttpResponse<String> sent = console.post("/console/api-keys", Map.of("name", "after-expiry"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?expired");
        assertThat(console.get("/console/sign-in?expired").body()).contains("Su sesión expiró");
        HttpResponse<String> signedIn = console.post("/console/sign-in",
                Map.of("username", "admin", "password", ApiClient.ADMIN_PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/api-keys");
        assertThat(console.get("/console/api-keys").body()).doesNotContain("after-expiry");
    }

    @Test
    void aPageAskedForWithAnExpiredSessionIsShownAfterSignIn() {
        ConsoleClient console = new ConsoleClient(port);
        console.cookies().put("FACTUS_CONSOLE", "bm8tc3VjaC1zZXNzaW9u");
        HttpResponse<String> page = console.get("/console/documents?status=ISSUED");
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?expired");
        HttpResponse<String> signedIn = console.signIn("admin", ApiClient.ADMIN_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/documents?status=ISSUED");
    }

    @Test
    void spanishByDefaultEnglishOnRequestAndRemembered() {
        ConsoleClient console = new ConsoleClient(port);
        assertThat(console.get("/console/sign-in", "Accept-Language", "fr-FR").body()).contains("Iniciar sesión", "lang=\"es\"");
        assertThat(console.get("/console/sign-in", "Accept-Language", "en-US,en;q=0.8").body()).contains("Sign in");
        assertThat(console.get("/console/sign-in?lang=en").body()).contains("Sign in", "lang=\"en\"");
        assertThat(console.get("/console/sign-in", "Accept-Language", "es").body()).contains("Sign in");
        assertThat(console.get("/console/sign-in?lang=es").body()).contains("Iniciar sesión");
    }

    @Test
    void anInvoiceAppearsWithItsCustomerEscapedAndItsPdfInline() {
        String reference = "CONSOLE-" + System.nanoTime();
        String body = InvoiceJson.body(reference, "1137624282", "CC", null)
                .replace("\"Juan Pérez\"", "\"<script>alert(1)</script> Pérez\"");
        assertThat(api.postJson("/api/v1/invoices", body).statusCode()).isEqualTo(201);
        ConsoleClient console = admin();

        HttpResponse<String> list = console.get("/console/documents?reference=" + reference);
        assertThat(list.body()).contains(reference, "&lt;script&gt;alert(1)&lt;/script&gt; Pérez")
                .doesNotContain("<script>alert(1)");
        HttpResponse<String> detail = console.get("/console/documents/invoice/" + reference);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("CUFE", "Emitido", "$ 23.800,00", "/console/documents/invoice/" + reference + "/pdf")
                .doesNotContain("<script>alert(1)");

        HttpResponse<String> pdf = console.get("/console/documents/invoice/" + reference + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(console.get("/console/documents/invoice/NO-SUCH-REF").statusCode()).isEqualTo(404);
    }
}
