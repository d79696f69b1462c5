package co.factusapi.application.port.out;

import java.time.Duration;
import java.util.UUID;

/**
 * The turn to submit a document to the provider for a tenant, across every instance of the deployment: some
 * providers refuse a submission of an account while another one is in flight. A turn is held for one submission
 * and ends when released or when its hold runs out (its holder died).
 */
public interface SubmissionTurns {

    /** Takes the tenant's turn for {@code holder} unless another holder has an unexpired one. */
    boolean tryTake(UUID tenantId, String holder, Duration hold);

    /** Ends {@code holder}'s turn (nothing when it no longer holds it). */
    void release(UUID tenantId, String holder);
}
