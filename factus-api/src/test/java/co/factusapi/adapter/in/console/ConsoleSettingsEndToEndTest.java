package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.ConsoleClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.InvoiceJson;
import co.factusapi.testsupport.Poll;
import co.factusapi.testsupport.WebhookTenants;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The settings pages over plain HTTP (docs/console.md): users, webhook endpoints with their log and replays, the
 * company profile and logo, the platform's tenants. Each change is checked through the API; each page refuses a
 * reader (403 with a valid token, no buttons), a POST without a token, and another tenant's records; what people
 * type is shown escaped.
 */
class ConsoleSettingsEndToEndTest extends EndToEndTest {
    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern ENDPOINT = Pattern.compile("/console/webhooks/([0-9a-f-]{36})$");
    private static final Pattern REPLAYED = Pattern.compile("Reenvío en cola. Eventos:</p>\\s*<p>(\\d+)</p>");
    private static final Pattern FAILING_SINCE = Pattern.compile("<dd id=\"failing-since\">([^<]+)</dd>");
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(whsec_[^<]+)</code>");

    @Test
    void anAdminCreatesAUserWhoLogsInOnTheApiAndDeletesThem() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        String username = "ana" + System.nanoTime();

        assertThat(console.get("/console/users").body()).contains("Usuarios", "id=\"create-user\"");
        HttpResponse<String> created = console.post("/console/users",
                Map.of("username", username, "password", PASSWORD, "role", "reader"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(console.get("/console/users").body()).contains("Usuario creado:", username, "Solo lectura");
        assertThat(login(username, PASSWORD)).isEqualTo(200);

        String userId = ApiClient.json(api.asAdmin().get("/api/v1/users")).valueStream()
                .filter(user -> user.path("username").asString().equals(username))
                .map(user -> user.path("id").asString()).findFirst().orElseThrow();
        assertThat(console.post("/console/users/" + userId + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(console.get("/console/users").body()).contains("Usuario eliminado.").doesNotContain(username);
        assertThat(login(username, PASSWORD)).isEqualTo(401);
    }

    @Test
    void aRefusedUserFormNamesTheFieldKeepsTheValuesButNotThePasswordAndEscapesThem() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        console.get("/console/users");

        HttpResponse<String> taken = console.post("/console/users",
                Map.of("username", "admin", "password", PASSWORD, "role", "user"));
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("id=\"form-errors\"", "<strong>Usuario</strong>", "is taken",
                "value=\"admin\"", "<option value=\"user\" selected=\"selected\"").doesNotContain(PASSWORD);

        HttpResponse<String> weak = console.post("/console/users",
                Map.of("username", "<script>alert(1)</script>", "password", "short", "role", "admin"));
        assertThat(weak.body()).contains("<strong>Usuario</strong>", "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(1)</script>", "value=\"short\"");
        HttpResponse<String> shortPassword = console.post("/console/users",
                Map.of("username", "bea" + System.nanoTime(), "password", "short", "role", "admin"));
        assertThat(shortPassword.body()).contains("<strong>Contraseña</strong>", "12");
    }

    @Test
    void aWebhookEndpointMadeInTheConsoleIsTheApisWithItsSecretShownOnceAndItsLog() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        String id = createEndpoint(console, "<b>ERP</b>");
        HttpResponse<String> page = console.get("/console/webhooks/" + id);
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as(page.body()).isTrue();
        assertThat(page.body()).contains("&lt;b&gt;ERP&lt;/b&gt;").doesNotContain("<b>ERP</b>");
        assertThat(console.get("/console/webhooks/" + id).body()).doesNotContain(secret.group(1), "whsec_");

        ApiClient admin = api.asAdmin();
        JsonNode listed = endpoint(admin, id);
        assertThat(listed.path("url").asString()).isEqualTo("http://127.0.0.1:9/hooks");
        assertThat(listed.path("enabled").asBoolean()).isTrue();
        assertThat(console.get("/console/webhooks").body()).contains("http://127.0.0.1:9/hooks", "document.issued");

        assertThat(console.post("/console/webhooks/" + id + "/enabled", Map.of("enabled", "false")).statusCode())
                .isEqualTo(302);
        assertThat(endpoint(admin, id).path("enabled").asBoolean()).isFalse();
        assertThat(console.get("/console/webhooks/" + id).body()).contains("Endpoint desactivado.", "Activar");
        console.post("/console/webhooks/" + id + "/enabled", Map.of("enabled", "true"));
        assertThat(console.get("/console/webhooks/" + id).body()).contains("Endpoint activado.", "Desactivar");

        console.post("/console/webhooks/" + id + "/rotate-secret", Map.of());
        Matcher rotated = SECRET.matcher(console.get("/console/webhooks/" + id).body());
        assertThat(rotated.find()).isTrue();
        assertThat(rotated.group(1)).startsWith("whsec_").isNotEqualTo(secret.group(1));

        console.post("/console/webhooks/" + id + "/test", Map.of());
        assertThat(console.get("/console/webhooks/" + id).body()).contains("Evento de prueba en cola.", "webhook.test");
        Poll.until(Duration.ofSeconds(15), "the closed port's failure in the log",
                () -> console.get("/console/webhooks/" + id).body().contains("id=\"failing-since\""));
        Matcher failing = FAILING_SINCE.matcher(console.get("/console/webhooks/" + id).body());
        assertThat(failing.find()).isTrue();
        assertThat(console.get("/console/webhooks").body())
                .contains("<td class=\"failing-since\">" + failing.group(1) + "</td>");

        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body("WH-" + System.nanoTime(), "1137624282", "CC",
                null)).statusCode()).isEqualTo(201);
        String yesterday = LocalDateTime.now(ZoneId.of("America/Bogota")).minusDays(1).withNano(0).toString();
        assertThat(console.post("/console/webhooks/" + id + "/replay", Map.of("since", yesterday)).statusCode())
                .isEqualTo(302);
        Matcher replayed = REPLAYED.matcher(console.get("/console/webhooks/" + id).body());
        assertThat(replayed.find()).isTrue();
        assertThat(Integer.parseInt(replayed.group(1))).as("the invoice's document.issued at least").isPositive();
        console.post("/console/webhooks/" + id + "/replay", Map.of("since", "not a time"));
        assertThat(console.get("/console/webhooks/" + id).body()).contains("Indique una fecha y hora válidas.");

        assertThat(console.post("/console/webhooks/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/api/v1/webhook-endpoints").body()).doesNotContain(id);
        assertThat(console.get("/console/webhooks/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPrivateOrPlainHttpUrlIsRefusedOnTheFormWithItsValuesKept() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        console.get("/console/webhooks");
        for (String url : List.of("https://10.0.0.7/hooks", "http://93.184.216.34/hooks")) {
            HttpResponse<String> refused = console.post("/console/webhooks",
                    Map.of("url", url, "description", "ERP", "eventTypes", "document.rejected"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("id=\"form-errors\"", "<strong>URL</strong>", "value=\"" + url + "\"",
                    "value=\"document.rejected\" id=\"event-1\" checked=\"checked\"");
        }
        assertThat(api.asAdmin().get("/api/v1/webhook-endpoints").body()).doesNotContain("10.0.0.7", "93.184.216.34");
    }

    @Test
    void aTenantAdminSeesOnlyTheirTenantsUsersAndEndpointsAndNoTenants() {
        String defaultEndpoint = createEndpoint(signedIn("admin", ApiClient.ADMIN_PASSWORD), "default's");
        String defaultUser = "default" + System.nanoTime();
        assertThat(api.asAdmin().postJson("/api/v1/users", "{\"username\":\"" + defaultUser + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"user\"}").statusCode()).isEqualTo(201);
        WebhookTenants.Onboarded other = WebhookTenants.sandbox(api, "Otra");
        String username = "otra" + System.nanoTime();
        assertThat(other.admin().postJson("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"admin\"}").statusCode()).isEqualTo(201);
        ConsoleClient console = signedIn(username, PASSWORD);

        assertThat(console.get("/console/users").body()).contains(username, "(usted)")
                .doesNotContain(defaultUser);
        assertThat(console.get("/console/webhooks").body()).doesNotContain(defaultEndpoint, "default&#39;s");
        assertThat(console.get("/console/webhooks/" + defaultEndpoint).statusCode()).isEqualTo(404);
        assertThat(console.post("/console/webhooks/" + defaultEndpoint + "/delete", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(endpoint(api.asAdmin(), defaultEndpoint).path("id").asString()).isEqualTo(defaultEndpoint);
        assertThat(console.get("/console/tenants").statusCode()).isEqualTo(403);
        assertThat(console.get("/console/settings").body()).contains("/console/users", "/console/webhooks")
                .doesNotContain("/console/tenants");
    }

    @Test
    void aReaderSeesTheCompanyButNoActionAndEveryPostIsRefused() {
        ConsoleClient reader = reader();
        assertThat(reader.get("/console/settings").body()).contains("/console/company")
                .doesNotContain("/console/users", "/console/webhooks", "/console/tenants");
        assertThat(reader.get("/console/company").body()).contains("901724254").doesNotContain("company-form",
                "logo-form");
        for (String page : List.of("/console/users", "/console/webhooks", "/console/tenants")) {
            assertThat(reader.get(page).statusCode()).as(page).isEqualTo(403);
        }
        for (String action : List.of("/console/users", "/console/webhooks", "/console/company",
                "/console/company/logo", "/console/tenants/00000000-0000-0000-0000-000000000000/status")) {
            assertThat(reader.post(action, Map.of("username", "x", "status", "SUSPENDED")).statusCode()).as(action)
                    .isEqualTo(403);
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedOnEverySettingsPage() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        console.get("/console/users");
        String username = "nocsrf" + System.nanoTime();
        assertThat(console.postWithoutToken("/console/users", Map.of("username", username, "password", PASSWORD,
                "role", "reader")).statusCode()).isEqualTo(403);
        assertThat(console.postWithoutToken("/console/webhooks", Map.of("url", "http://127.0.0.1:9/nocsrf",
                "eventTypes", "document.issued")).statusCode()).isEqualTo(403);
        assertThat(console.postWithoutToken("/console/company", Map.of("tradeName", "NO CSRF")).statusCode())
                .isEqualTo(403);
        assertThat(login(username, PASSWORD)).isEqualTo(401);
        assertThat(api.asAdmin().get("/api/v1/webhook-endpoints").body()).doesNotContain("nocsrf");
    }

    @Test
    void theCompanyProfileIsTheApisAndChangesGoThroughIt() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        JsonNode before = ApiClient.json(api.get("/api/v1/company"));
        assertThat(console.get("/console/company").body()).contains("901724254-1", "id=\"company-form\"",
                "value=\"" + before.path("phone").asString() + "\"");

        String phone = "300" + (1_000_000 + System.nanoTime() % 8_000_000);
        assertThat(console.post("/console/company", Map.of("phone", phone, "tradeName", before.path("trade_name")
                .asString())).statusCode()).isEqualTo(302);
        assertThat(console.get("/console/company").body()).contains("Perfil actualizado.", "value=\"" + phone + "\"");
        JsonNode after = ApiClient.json(api.get("/api/v1/company"));
        assertThat(after.path("phone").asString()).isEqualTo(phone);
        assertThat(after.path("trade_name")).isEqualTo(before.path("trade_name"));

        HttpResponse<String> invalid = console.post("/console/company", Map.of("email", "<i>not-an-email</i>"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("<strong>Correo electrónico</strong>",
                "value=\"&lt;i&gt;not-an-email&lt;/i&gt;\"").doesNotContain("<i>not-an-email</i>");
        assertThat(console.post("/console/company", Map.of("municipalityCode", "99999")).body())
                .contains("<strong>Municipio (código DANE)</strong>");

        emulator.fault("PUT /v1/company", "\"type\":\"status\",\"status\":503,\"count\":3");
        HttpResponse<String> away = console.post("/console/company", Map.of("phone", "3009999999"));
        assertThat(away.statusCode()).isEqualTo(200);
        assertThat(away.body()).contains("El proveedor no aceptó el cambio o no respondió.");
        emulator.clearFaults();
        emulator.fault("GET /v1/company", "\"type\":\"status\",\"status\":503,\"count\":3");
        HttpResponse<String> unavailable = console.get("/console/company");
        assertThat(unavailable.statusCode()).as("the provider unavailable: the console's 503 page").isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        assertThat(unavailable.body()).contains("El proveedor de facturación no está disponible").doesNotContain("Exception");
    }

    @Test
    void aLogoIsUploadedFromItsBytesAndAnythingElseIsRefusedOnThePage() {
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        console.get("/console/company");
        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(console, "logo.png", svg).statusCode()).isEqualTo(302);
        assertThat(console.get("/console/company").body()).contains("Logo actualizado.", ".svg");
        assertThat(factus.emulator().companyLogo()).isEqualTo(svg);

        byte[] text = "just text".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(console, "logo.png", text).statusCode()).isEqualTo(302);
        assertThat(console.get("/console/company").body())
                .contains("No se subió el logo.", "must be a PNG, JPEG or SVG");
        // Refused while the request is read, before any page: the container's 413 (docs/console.md "Not yet").
        assertThat(upload(console, "big.png", new byte[2 * 1024 * 1024 + 10]).statusCode()).isEqualTo(413);
        assertThat(factus.emulator().companyLogo()).isEqualTo(svg);
    }

    @Test
    void thePlatformAdminSuspendsAndResumesATenant() {
        WebhookTenants.Onboarded tenant = WebhookTenants.sandbox(api, "<em>Suspendible</em>");
        ConsoleClient console = signedIn("admin", ApiClient.ADMIN_PASSWORD);
        HttpResponse<String> list = console.get("/console/tenants");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("data-tenant=\"" + tenant.id() + "\"", "&lt;em&gt;Suspendible&lt;/em&gt;")
                .doesNotContain("<em>Suspendible</em>");

        assertThat(console.post("/console/tenants/" + tenant.id() + "/status", Map.of("status", "SUSPENDED"))
                .statusCode()).isEqualTo(302);
        assertThat(console.get("/console/tenants").body()).contains("Empresa suspendida.");
        assertThat(status(tenant.id())).isEqualTo("suspended");
        assertThat(tenant.admin().get("/api/v1/company").statusCode()).isEqualTo(403);

        console.post("/console/tenants/" + tenant.id() + "/status", Map.of("status", "ACTIVE"));
        assertThat(status(tenant.id())).isEqualTo("active");
    }

    private String createEndpoint(ConsoleClient console, String description) {
        console.get("/console/webhooks");
        HttpResponse<String> created = console.post("/console/webhooks", Map.of("url", "http://127.0.0.1:9/hooks",
                "description", description, "eventTypes", "document.issued"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher id = ENDPOINT.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static JsonNode endpoint(ApiClient admin, String id) {
        return ApiClient.json(admin.get("/api/v1/webhook-endpoints")).valueStream()
                .filter(endpoint -> endpoint.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private String status(String tenantId) {
        return ApiClient.json(api.asAdmin().get("/api/v1/tenants/" + tenantId)).path("status").asString();
    }

    private int login(String username, String password) {
        return api.anonymous().postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").statusCode();
    }

    private ConsoleClient signedIn(String username, String password) {
        ConsoleClient console = new ConsoleClient(port);
        assertThat(console.signIn(username, password).headers().firstValue("Location").orElseThrow())
                .endsWith(":" + port + "/console");
        return console;
    }

    private ConsoleClient reader() {
        String username = "reader" + System.nanoTime();
        assertThat(api.asAdmin().postJson("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"reader\"}").statusCode()).isEqualTo(201);
        return signedIn(username, PASSWORD);
    }

    /** The logo form as a browser sends it: multipart, with the page's CSRF token as one of its parts. */
    private HttpResponse<String> upload(ConsoleClient console, String fileName, byte[] content) {
        String boundary = "----console-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + console.csrfToken() + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; "
                + "filename=\"" + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/company/logo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", console.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
