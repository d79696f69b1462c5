package co.factusapi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the operations console over plain HTTP: it keeps the cookies itself (they are Secure, which
 * Java's cookie manager would not send over http, as browsers do for localhost), follows no redirect, and reads the
 * CSRF token from the last page's forms.
 */
public final class ConsoleClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;
    private String lastPage;

    public ConsoleClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Signs in through the form, as a person would; the answer is the form's redirect. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/console/sign-in");
        return post("/console/sign-in", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), headers);
        lastPage = path;
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** A form POST carrying the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf);
        return postWithoutToken(path, withToken);
    }

    /**
     * A form POST with exactly these fields: no token unless the caller adds one (a forged one, say). Like a browser, it
     * names the page the form was on (the last page read) in {@code Referer}.
     */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (lastPage != null) {
            request.header("Referer", baseUrl + lastPage);
        }
        return send(request);
    }

    public String csrfToken() {
        return csrf;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
