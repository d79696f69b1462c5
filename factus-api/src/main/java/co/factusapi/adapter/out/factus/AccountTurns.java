package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.SubmissionTurns;
import java.time.Duration;
import java.util.UUID;

/**
 * The account's turn to validate, across the deployment's instances (taken only once Factus has refused overlapping
 * validates, see {@link ValidateSerializer}). When the database cannot be reached the turn is granted: the 409
 * retries still keep clients from seeing Factus's refusal.
 */
public interface AccountTurns {
    AccountTurns NONE = new AccountTurns() {
        @Override
        public boolean tryTake(String holder) {
            return true;
        }

        @Override
        public void release(String holder) {
        }
    };

    boolean tryTake(String holder);

    void release(String holder);

    /** {@code hold}: how long a turn outlives an instance that died holding it. */
    static AccountTurns of(SubmissionTurns turns, UUID tenantId, Duration hold) {
        return new AccountTurns() {
            @Override
            public boolean tryTake(String holder) {
                try {
                    return turns.tryTake(tenantId, holder, hold);
                } catch (RuntimeException databaseAway) {
                    return true;
                }
            }

            @Override
            public void release(String holder) {
                try {
                    turns.release(tenantId, holder);
                } catch (RuntimeException databaseAway) {
                    // The hold runs out by itself.
                }
            }
        };
    }
}
