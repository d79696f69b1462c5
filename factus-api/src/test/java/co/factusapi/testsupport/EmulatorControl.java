package co.factusapi.testsupport;

import co.factusapi.emulator.FactusEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Drives the emulator's control plane ({@code /__emulator/...}) over HTTP, as a benchmark or a person would. */
public final class EmulatorControl {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final FactusEmulator emulator;

    public EmulatorControl(FactusEmulator emulator) {
        this.emulator = emulator;
    }

    public void fault(String endpoint, String json) {
        call("POST", "/__emulator/faults", "{\"endpoint\":\"" + endpoint + "\"," + json + "}");
    }

    public void clearFaults() {
        call("DELETE", "/__emulator/faults", null);
    }

    public void expireTokens() {
        call("POST", "/__emulator/tokens/expire", null);
    }

    public void rejectNext(int count) {
        call("POST", "/__emulator/dian/reject", "{\"count\":" + count + "}");
    }

    public void slowNext(int count) {
        call("POST", "/__emulator/dian/slow", "{\"count\":" + count + "}");
    }

    public void addEvent(String number, String code) {
        call("POST", "/__emulator/bills/" + number + "/events", "{\"event_code\":\"" + code + "\"}");
    }

    public String outbox() {
        return call("GET", "/__emulator/outbox", null);
    }

    public String bills() {
        return call("GET", "/__emulator/bills", null);
    }

    public long requests(String endpoint) {
        return emulator.counters().requests().getOrDefault(endpoint, 0L);
    }

    public String call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
