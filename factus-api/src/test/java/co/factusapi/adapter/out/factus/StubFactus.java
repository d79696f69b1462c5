package co.factusapi.adapter.out.factus;

import co.factusapi.domain.tenant.ApiVersion;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A canned Factus on a local port, for checking which route and body an adapter sends (the emulator does not serve
 * every v2 route): {@code /oauth/token} grants a token; {@code answer("GET /v2/companies", 200, json)} sets a route's
 * answer (unset: 404); every other call is recorded as "METHOD path?decoded-query" with its body.
 */
final class StubFactus implements AutoCloseable {
    record Call(String line, String body) {
    }

    private final HttpServer server;
    private final Map<String, Object[]> answers = new ConcurrentHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    StubFactus() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String route = exchange.getRequestMethod() + " " + path;
            Object[] answer;
            if (path.equals("/oauth/token")) {
                answer = new Object[] {200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\","
                        + "\"refresh_token\":\"r\"}"};
            } else {
                calls.add(new Call(query == null ? route
                        : route + "?" + URLDecoder.decode(query, StandardCharsets.UTF_8), body));
                answer = answers.getOrDefault(route, new Object[] {404, "{\"status\":\"Not Found\",\"message\":\"x\"}"});
            }
            byte[] bytes = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders((int) answer[0], bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    StubFactus answer(String route, int status, String json) {
        answers.put(route, new Object[] {status, json});
        return this;
    }

    /** An adapter of an account of this version talking to the stub. */
    FactusAdapterFactory adapter(ApiVersion version) {
        FactusSettings settings = new FactusSettings("http://127.0.0.1:" + server.getAddress().getPort(), "id",
                "secret", "user", "pass", Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), 2,
                Duration.ofSeconds(60), Duration.ofHours(1), new FactusResilienceSettings(20, 10, 50f,
                Duration.ofSeconds(30), 1, 1, Duration.ofMillis(10), 2.0, 0.5, Duration.ofSeconds(2), 2,
                Duration.ofMillis(500)));
        return new FactusAdapterFactory(settings, version, Clock.systemUTC(), new SimpleMeterRegistry(), () -> null,
                FactusPacer.UNLIMITED);
    }

    List<String> lines() {
        return calls.stream().map(Call::line).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
