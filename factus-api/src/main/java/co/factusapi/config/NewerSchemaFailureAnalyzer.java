package co.factusapi.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns Flyway's "applied migration not resolved locally" into what an operator must do about it. */
public class NewerSchemaFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {
    private static final Pattern UNKNOWN_MIGRATION = Pattern.compile("applied migration not resolved locally: ([^.\\s]+)");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        Matcher unknown = UNKNOWN_MIGRATION.matcher(String.valueOf(cause.getMessage()));
        if (!unknown.find()) {
            return null;
        }
        return new FailureAnalysis("The database was migrated by a newer version of Factus API: it has schema "
                + "migration " + unknown.group(1) + ", which this version does not know. Starting would let an older "
                + "version write to a schema it was not written for, so it refuses.",
                "Run the same or a newer Factus API version against this database, or point this instance at another "
                        + "database (spring.datasource.url / FACTUS_API_DATA_DIR).", cause);
    }
}
