package co.factusapi.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.PasswordHasher;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole security slice over real HTTP: login, tokens, API keys, roles and problem answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.co.factusapi=DEBUG", "logging.level.org.springframework.security=DEBUG"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SecurityEndToEndTest {
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;
    @Autowired
    private JwtEncoder jwtEncoder;
    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordHasher passwordHasher;

    @Test
    void jsonLoginGivesABearerTokenThatOpensProtectedEndpoints() {
        HttpResponse<String> login = postJson("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", null);

        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode token = body(login);
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(get("/api/v1/api-keys", bearer(token.path("access_token").asString())).statusCode()).isEqualTo(200);
    }

    @Test
    void oauth2PasswordFormLoginWorksToo() {
        HttpResponse<String> login = send(request("/api/v1/auth/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password=" + ADMIN_PASSWORD)));

        assertThat(login.statusCode()).isEqualTo(200);
        String accessToken = body(login).path("access_token").asString();
        HttpResponse<String> me = get("/api/v1/auth/me", bearer(accessToken));
        assertThat(body(me).path("name").asString()).isEqualTo("user:admin");
        assertThat(body(me).path("scopes").toString()).contains("platform:manage", "tenant:manage");
        assertThat(body(me).has("tenant_id")).isFalse();
        assertThat(body(me).path("acting_tenant_id").asString()).isNotBlank();
    }

    @Test
    void formLoginWithAnotherGrantTypeIsInvalid() {
        HttpResponse<String> login = send(request("/api/v1/auth/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&username=admin&password=x")));

        assertProblem(login, 422, "urn:factus-api:problem:validation-error");
        assertThat(body(login).path("errors").get(0).path("field").asString()).isEqualTo("grant_type");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameUnauthorizedProblem() {
        HttpResponse<String> wrongPassword = postJson("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"nope\"}", null);
        HttpResponse<String> unknownUser = postJson("/api/v1/auth/login", "{\"username\":\"ghost\",\"password\":\"nope\"}", null);

        assertUnauthorizedProblem(wrongPassword);
        assertUnauthorizedProblem(unknownUser);
        assertThat(body(unknownUser).path("detail")).isEqualTo(body(wrongPassword).path("detail"));
    }

    @Test
    void missingCredentialsAreUnauthorizedWithTheCallersCorrelationId() {
        HttpResponse<String> response = send(request("/api/v1/api-keys").header("X-Correlation-Id", "trace-42").GET());

        assertUnauthorizedProblem(response);
        assertThat(body(response).path("correlation_id").asString()).isEqualTo("trace-42");
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains("trace-42");
    }

    @Test
    void garbageExpiredAndForeignTokensAreUnauthorized() {
        Instant now = Instant.now();
        String expired = token(jwtEncoder, "admin", "admin", now.minusSeconds(7200), now.minusSeconds(3600));
        JwtEncoder otherKey = NimbusJwtEncoder.withSecretKey(
                new SecretKeySpec("another-secret-that-is-long-enough-0123456789".getBytes(), "HmacSHA256"))
                .algorithm(MacAlgorithm.HS256).build();
        String foreign = token(otherKey, "admin", "admin", now, now.plusSeconds(600));

        for (String token : List.of("not.a.jwt", expired, foreign)) {
            HttpResponse<String> response = get("/api/v1/api-keys", bearer(token));
            assertUnauthorizedProblem(response);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).contains("invalid_token"));
        }
    }

    @Test
    void apiKeyLifecycle() {
        String admin = bearer(adminToken());
        HttpResponse<String> created = postJson("/api/v1/api-keys", "{\"name\":\"billing job\"}", admin);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode key = body(created);
        String plainKey = key.path("key").asString();
        String id = key.path("id").asString();
        assertThat(plainKey).matches("fak_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/api-keys/" + id));

        HttpResponse<String> me = send(request("/api/v1/auth/me").header("X-API-Key", plainKey).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(body(me).path("name").asString()).isEqualTo("api-key:" + plainKey.substring(4, 12));
        assertThat(body(me).path("scopes").toString()).isEqualTo("[\"documents:issue\",\"documents:read\"]");
        assertThat(body(me).path("tenant_id").asString()).isEqualTo(body(me).path("acting_tenant_id").asString());

        HttpResponse<String> createWithKey = send(request("/api/v1/api-keys").header("X-API-Key", plainKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        assertForbiddenProblem(createWithKey);

        HttpResponse<String> list = get("/api/v1/api-keys", admin);
        assertThat(list.body()).doesNotContain(plainKey).doesNotContain(plainKey.substring(13));
        JsonNode listed = body(list).get(0);
        assertThat(listed.path("prefix").asString()).isEqualTo(plainKey.substring(0, 12));
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.path("last_used_at").isMissingNode()).isFalse();

        assertThat(send(request("/api/v1/api-keys/" + id).header("Authorization", admin).DELETE()).statusCode()).isEqualTo(204);
        assertUnauthorizedProblem(send(request("/api/v1/auth/me").header("X-API-Key", plainKey).GET()));
        assertThat(body(get("/api/v1/api-keys/" + id, admin)).path("revoked_at").isMissingNode()).isFalse();
        assertThat(send(request("/api/v1/api-keys/" + UUID.randomUUID()).header("Authorization", admin).DELETE())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void malformedApiKeyIsUnauthorized() {
        assertUnauthorizedProblem(send(request("/api/v1/auth/me").header("X-API-Key", "fak_guess").GET()));
    }

    @Test
    void apiKeyNeedsAName() {
        HttpResponse<String> response = postJson("/api/v1/api-keys", "{\"name\":\"\"}", bearer(adminToken()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void userRoleMayCallUserEndpointsButNotManageKeys() {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(new User(UUID.randomUUID(), username, passwordHasher.hash("clerk password"), Role.USER, Instant.now(), null));
        String clerk = bearer(body(postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"clerk password\"}", null)).path("access_token").asString());

        assertThat(body(get("/api/v1/auth/me", clerk)).path("name").asString()).isEqualTo("user:" + username);
        assertForbiddenProblem(get("/api/v1/api-keys", clerk));
        assertForbiddenProblem(get("/actuator/prometheus", clerk));
    }

    @Test
    void healthProbesArePublicEveryOtherOperationsEndpointIsForAdminsOnly() {
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).contains("\"UP\"").doesNotContain("components");
        }
        String admin = bearer(adminToken());
        String apiKey = body(postJson("/api/v1/api-keys", "{\"name\":\"metrics reader\"}", admin)).path("key").asString();
        for (String endpoint : List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used", "/actuator/prometheus",
                "/actuator/info", "/actuator")) {
            assertUnauthorizedProblem(get(endpoint, null));
            assertForbiddenProblem(send(request(endpoint).header("X-API-Key", apiKey).GET()));
            assertThat(get(endpoint, admin).statusCode()).as(endpoint).isEqualTo(200);
        }
        assertThat(get("/actuator/info", admin).body()).as("the build information").contains("\"version\"");
    }

    @Test
    void apiDocsArePublic() {

        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = body(docs);
        assertThat(openApi.path("components").path("securitySchemes").has("bearerAuth")).isTrue();
        assertThat(openApi.path("components").path("securitySchemes").path("apiKey").path("name").asString()).isEqualTo("X-API-Key");
        assertThat(openApi.path("security").size()).isEqualTo(2);
        JsonNode login = openApi.path("paths").path("/api/v1/auth/login").path("post");
        assertThat(login.path("security").isArray()).isTrue();
        assertThat(login.path("security").size()).isZero();
    }

    @Test
    void responsesCreateNoSessionAndCarrySecurityHeaders() {
        HttpResponse<String> response = get("/api/v1/api-keys", bearer(adminToken()));

        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void neitherPasswordsNorKeysNorTokensAreLogged(CapturedOutput output) {
        String accessToken = adminToken();
        String plainKey = body(postJson("/api/v1/api-keys", "{\"name\":\"log check\"}", bearer(accessToken))).path("key").asString();
        send(request("/api/v1/auth/me").header("X-API-Key", plainKey).GET());
        send(request("/api/v1/auth/me").header("X-API-Key", plainKey + "x").GET());
        postJson("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"wrong-password-xyz\"}", null);

        assertThat(output.getAll()).isNotEmpty()
                .doesNotContain(ADMIN_PASSWORD)
                .doesNotContain("wrong-password-xyz")
                .doesNotContain(plainKey.substring(13))
                .doesNotContain(accessToken);
    }

    private String adminToken() {
        HttpResponse<String> login = postJson("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", null);
        assertThat(login.statusCode()).isEqualTo(200);
        return body(login).path("access_token").asString();
    }

    private static String token(JwtEncoder encoder, String subject, String role, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("factus-api").subject(subject).issuedAt(issuedAt)
                .expiresAt(expiresAt).claim("roles", List.of(role)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertProblem(response, 401, "urn:factus-api:problem:unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    private void assertForbiddenProblem(HttpResponse<String> response) {
        assertProblem(response, 403, "urn:factus-api:problem:forbidden");
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith(PROBLEM_JSON));
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("correlation_id").asString()).isNotBlank();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> postJson(String path, String body, String authorization) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
