package co.factusapi.adapter.in.web.error;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database away (restarting, failing over, its connections cut): a moment's unavailability, not a bug. Such a
 * request answers 503 {@code storage-unavailable} with Retry-After, like an upstream outage, never a 500; whatever
 * it was doing is safe to repeat with its Idempotency-Key.
 */
public final class StorageFailures {
    static final String CODE = "storage-unavailable";
    public static final String RETRY_AFTER_SECONDS = "5";

    private StorageFailures() {
    }

    public static boolean isStorageUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, "The service's database is unavailable for a moment. "
                + "Repeat the request (with the same Idempotency-Key) after Retry-After.");
    }
}
