package co.factusapi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A careful point of sale: it sends each invoice with an Idempotency-Key and repeats exactly the same request until it
 * gets a final answer, counting what it met on the way in a {@link Tally} shared by all clients of a test. Answers
 * that are not final (202 unknown yet, 409 in progress, 502/503/504, a dropped connection) are repeated; anything else
 * fails the client.
 */
public final class RepeatingPos {
    private static final Set<Integer> REPEATABLE = Set.of(202, 409, 502, 503, 504);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final String apiKey;
    private final Tally tally;

    public RepeatingPos(String baseUrl, String apiKey, Tally tally) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.tally = tally;
    }

    /** The invoice's number, once issued. */
    public String issue(String reference) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/invoices"))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .header("Idempotency-Key", reference).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(InvoiceJson.body(reference, "1137624282", "CC", null)))
                .build();
        while (true) {
            String outcome;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                outcome = Integer.toString(response.statusCode());
                tally.count(outcome);
                if (response.statusCode() == 201) {
                    return JSON.readTree(response.body()).path("number").asString();
                }
                if (!REPEATABLE.contains(response.statusCode())) {
                    throw new IllegalStateException(reference + " got a final " + outcome + ": " + response.body());
                }
            } catch (IOException dropped) {
                tally.count(dropped.getClass().getSimpleName());
            }
            Thread.sleep(200);
        }
    }

    /** Outcomes of every attempt of every client: "201", "503", "ConnectException"... */
    public static final class Tally {
        private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        }

        public long requests() {
            return outcomes.values().stream().mapToLong(LongAdder::sum).sum();
        }

        /** Attempts that were not a 201: each one a repeat the client had to make. */
        public long repeats() {
            return requests() - outcomes.getOrDefault("201", new LongAdder()).sum();
        }

        @Override
        public String toString() {
            Map<String, Long> sorted = new TreeMap<>();
            outcomes.forEach((outcome, count) -> sorted.put(outcome, count.sum()));
            return sorted.toString();
        }
    }
}
