package co.factusapi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running service over real HTTP, as a caller's backend would. */
public final class ApiClient {
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private String[] credentials = new String[0];

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Logs in as the bootstrap admin, creates an API key and uses it from then on (the README walk-through). */
    public ApiClient withNewApiKey() {
        String key = json(asAdmin().send("POST", "/api/v1/api-keys", "{\"name\":\"pos-" + System.nanoTime() + "\"}",
                "application/json")).path("key").asString();
        credentials = new String[] {"X-API-Key", key};
        return this;
    }

    /** The bootstrap admin's bearer token (API keys are never admins). */
    public ApiClient asAdmin() {
        return asUser("admin", ADMIN_PASSWORD);
    }

    /** A client that sends the bearer token this user gets by logging in with this password. */
    public ApiClient asUser(String username, String password) {
        ApiClient user = new ApiClient(baseUrl);
        String token = json(user.send("POST", "/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", "application/json"))
                .path("access_token").asString();
        user.credentials = new String[] {"Authorization", "Bearer " + token};
        return user;
    }

    /** A multipart/form-data POST with one file part. */
    public HttpResponse<String> postFile(String path, String partName, String fileName, String contentType, byte[] content) {
        String boundary = "----factus-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
        return exchange(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A client that sends this API key. */
    public ApiClient withKey(String key) {
        ApiClient client = new ApiClient(baseUrl);
        client.credentials = new String[] {"X-API-Key", key};
        return client;
    }

    /** Where the service answers, such as {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The key {@link #withNewApiKey()} created, for callers that build their own requests. */
    public String apiKey() {
        return credentials[1];
    }

    public ApiClient anonymous() {
        return new ApiClient(baseUrl);
    }

    private ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = request(path, headers).GET();
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET whose body is read as it arrives (a large download never held in memory). */
    public HttpResponse<java.io.InputStream> getStream(String path, String... headers) {
        return exchange(request(path, headers).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send("POST", path, body, "application/json");
    }

    public HttpResponse<String> send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request, HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (credentials.length > 0) {
            request.headers(credentials);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
