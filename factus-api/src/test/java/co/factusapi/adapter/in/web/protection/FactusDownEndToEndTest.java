package co.factusapi.adapter.in.web.protection;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.InvoiceJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dead Factus over HTTP: once the breaker is open, invoices fail fast with 503 and Retry-After, then recover. */
class FactusDownEndToEndTest extends EndToEndTest {
    private static final String VALIDATE = "POST /v1/bills/validate";

    @AfterEach
    void recover() throws InterruptedException {
        emulator.clearFaults();
        Thread.sleep(700);
        // The half-open probes close the breaker again for the test classes that share this context.
        for (int i = 0; i < 3; i++) {
            issue("E2E-UP-" + System.nanoTime());
        }
    }

    @Test
    void anOpenBreakerAnswers503WithRetryAfterWithoutCallingFactusAndClosesAfterRecovery() throws Exception {
        assertThat(issue("E2E-WARM-" + System.nanoTime()).statusCode()).isEqualTo(201);
        emulator.fault("*", "\"type\":\"status\",\"status\":503");
        boolean open = false;
        for (int i = 0; i < 30 && !open; i++) {
            long before = emulator.requests(VALIDATE);
            assertThat(issue("E2E-DOWN-" + i + "-" + System.nanoTime()).statusCode()).isEqualTo(503);
            open = emulator.requests(VALIDATE) == before;
        }
        assertThat(open).as("the breaker opened").isTrue();

        long reachedFactus = emulator.requests(VALIDATE);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> refused = issue("E2E-FAST-" + i + "-" + System.nanoTime());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(ApiClient.json(refused).path("type").asString()).isEqualTo("urn:factus-api:problem:upstream-unavailable");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        }
        assertThat(emulator.requests(VALIDATE)).isEqualTo(reachedFactus);

        emulator.clearFaults();
        Thread.sleep(700);
        assertThat(issue("E2E-BACK-" + System.nanoTime()).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> issue(String reference) {
        return api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null));
    }
}
