package co.factusapi.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver of webhooks on 127.0.0.1 for tests: records every request it gets, and can be switched down
 * (answers 503) or slow (answers after a delay).
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as received: header names in lower case, the body as text, the status it was answered with. */
    public record Received(Map<String, List<String>> headers, String body, long receivedAtNanos, int answered) {
        public boolean accepted() {
            return answered < 300;
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
                int answering = status;
                received.add(new Received(headers, body, System.nanoTime(), answering));
                sleep(delay);
                byte[] answer = (answering < 300 ? "ok" : "down").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answering, answer.length);
                exchange.getResponseBody().write(answer);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Answers 503 from now on (true) or 200 again (false). */
    public void down(boolean down) {
        status = down ? 503 : 200;
    }

    public void slow(Duration delay) {
        this.delay = delay;
    }

    private static void sleep(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
