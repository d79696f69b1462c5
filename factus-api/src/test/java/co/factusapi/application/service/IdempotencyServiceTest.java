package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.in.IdempotentRequestsUseCase.InFlight;
import co.factusapi.application.port.in.IdempotentRequestsUseCase.KeyReused;
import co.factusapi.application.port.in.IdempotentRequestsUseCase.Proceed;
import co.factusapi.application.port.in.IdempotentRequestsUseCase.Replay;
import co.factusapi.application.port.out.InstanceRegistry;
import co.factusapi.domain.idempotency.StoredResponse;
import co.factusapi.testsupport.InMemoryIdempotencyStore;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "/api/v1/invoices/SETP1",
            "{\"number\":\"SETP1\"}");
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:00:00Z"));
    private final Set<String> dead = new HashSet<>();
    private final IdempotencyService service = new IdempotencyService(store, new Instance("self", dead), clock,
            Duration.ofHours(24), Duration.ofMinutes(5));
    private final IdempotencyService otherInstance = new IdempotencyService(store, new Instance("other", dead), clock,
            Duration.ofHours(24), Duration.ofMinutes(5));

    @Test
    void aKeyHeldByAnInstanceThatDiedIsTakenOverAtOnce() {
        assertThat(otherInstance.begin("api-key:1", "k1", "fp")).isInstanceOf(Proceed.class);
        assertThat(service.begin("api-key:1", "k1", "fp")).isInstanceOf(InFlight.class);

        dead.add("other");

        assertThat(service.begin("api-key:1", "k1", "fp")).isInstanceOf(Proceed.class);
        assertThat(store.find("api-key:1", "k1").orElseThrow().owner()).isEqualTo("self");
    }

    @Test
    void aSlowRequestOfALiveInstanceIsNeverTakenOverBeforeTheTimeOut() {
        otherInstance.begin("api-key:1", "k1", "fp");
        clock.advance(Duration.ofMinutes(4));
        assertThat(service.begin("api-key:1", "k1", "fp")).isInstanceOf(InFlight.class);
    }

    /** One of two instances over one store; the test says which have died. */
    private record Instance(String self, Set<String> dead) implements InstanceRegistry {
        @Override
        public boolean alive(String instanceId) {
            return !dead.contains(instanceId);
        }
    }

    @Test
    void theFirstRequestRunsAndItsRepeatsGetTheStoredAnswer() {
        assertThat(service.begin("api-key:1", "k1", "fp")).isInstanceOf(Proceed.class);
        service.finish("api-key:1", "k1", CREATED);

        assertThat(service.begin("api-key:1", "k1", "fp")).isEqualTo(new Replay(CREATED));
        assertThat(service.begin("api-key:1", "k1", "fp")).isEqualTo(new Replay(CREATED));
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIsInFlight() {
        service.begin("api-key:1", "k1", "fp");

        assertThat(service.begin("api-key:1", "k1", "fp")).isInstanceOf(InFlight.class);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        service.begin("api-key:1", "k1", "fp");
        service.finish("api-key:1", "k1", CREATED);

        assertThat(service.begin("api-key:1", "k1", "another")).isInstanceOf(KeyReused.class);
    }

    @Test
    void keysAreScopedPerCaller() {
        service.begin("api-key:1", "k1", "fp");
        service.finish("api-key:1", "k1", CREATED);

        assertThat(service.begin("api-key:2", "k1", "other-body")).isInstanceOf(Proceed.class);
    }

    @Test
    void answersThatAreNotFinalReleaseTheKey() {
        for (int status : new int[] {500, 502, 503, 504, 202, 409, 429}) {
            String key = "k" + status;
            service.begin("user:alice", key, "fp");
            service.finish("user:alice", key, new StoredResponse(status, "application/problem+json", null, "{}"));

            assertThat(service.begin("user:alice", key, "fp")).as("status %d", status).isInstanceOf(Proceed.class);
        }
    }

    @Test
    void rejectionsAreFinalAndReplayed() {
        StoredResponse invalid = new StoredResponse(422, "application/problem+json", null, "{\"status\":422}");
        service.begin("user:alice", "k1", "fp");
        service.finish("user:alice", "k1", invalid);

        assertThat(service.begin("user:alice", "k1", "fp")).isEqualTo(new Replay(invalid));
    }

    @Test
    void anAbandonedRequestReleasesItsKey() {
        service.begin("user:alice", "k1", "fp");
        service.abandon("user:alice", "k1");

        assertThat(service.begin("user:alice", "k1", "fp")).isInstanceOf(Proceed.class);
    }

    @Test
    void anInFlightKeyLeftByACrashedInstanceIsTakenOverAfterTheTimeout() {
        service.begin("user:alice", "k1", "fp");
        clock.advance(Duration.ofMinutes(6));

        assertThat(service.begin("user:alice", "k1", "fp")).isInstanceOf(Proceed.class);
    }

    @Test
    void expiredKeysAreForgottenAndPurged() {
        service.begin("user:alice", "k1", "fp");
        service.finish("user:alice", "k1", CREATED);
        service.begin("user:alice", "k2", "fp");
        service.finish("user:alice", "k2", CREATED);
        clock.advance(Duration.ofHours(24));

        assertThat(service.begin("user:alice", "k1", "another")).isInstanceOf(Proceed.class);
        assertThat(service.purgeExpired()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(1);
    }
}
