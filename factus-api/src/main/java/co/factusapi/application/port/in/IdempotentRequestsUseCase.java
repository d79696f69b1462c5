package co.factusapi.application.port.in;

import co.factusapi.domain.idempotency.StoredResponse;

/** Idempotency-Key handling for requests that create something: run once, answer every repeat the same. */
public interface IdempotentRequestsUseCase {

    /** Claims the key for this request, or says why it must not run. */
    Decision begin(String scope, String key, String fingerprint);

    /** Stores the answer of a claimed request (or releases the key when the answer is not final). */
    void finish(String scope, String key, StoredResponse response);

    /** Releases a claimed key whose request failed without an answer worth keeping. */
    void abandon(String scope, String key);

    /** Removes expired keys; returns how many. */
    int purgeExpired();

    sealed interface Decision {
    }

    /** The key is ours: run the request. */
    record Proceed() implements Decision {
    }

    /** The key's first request finished: answer with its stored response. */
    record Replay(StoredResponse response) implements Decision {
    }

    /** The key's first request is still running. */
    record InFlight() implements Decision {
    }

    /** The key was used for a different request (another body or path). */
    record KeyReused() implements Decision {
    }
}
