package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * An instance whose database was migrated by a newer version (a migration it does not know) refuses to start, and
 * the start-up failure tells the operator why and what to do; an up-to-date database starts.
 */
class NewerSchemaTest {
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DB_CLOSE_DELAY=-1";
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withUserConfiguration(SchemaConfig.class)
            .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
                    "spring.flyway.locations=classpath:db/migration");

    @Test
    void aDatabaseMigratedByANewerVersionStopsTheStartWithAnExplanation() {
        context.run(first -> assertThat(first).hasNotFailed());
        JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "")).sql("""
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'sa', 1, TRUE)""")
                .update();

        context.run(second -> {
            assertThat(second).hasFailed();
            Throwable failure = second.getStartupFailure();
            FailureAnalysis analysis = new NewerSchemaFailureAnalyzer().analyze(failure);
            assertThat(analysis).as(String.valueOf(failure)).isNotNull();
            assertThat(analysis.getDescription()).contains("newer version of Factus API", "999");
            assertThat(analysis.getAction()).contains("same or a newer Factus API version");
        });
    }

    @Test
    void otherValidationFailuresAreLeftToFlywaysOwnMessage() {
        String mismatch = "Migration checksum mismatch for migration version 3";
        assertThat(new NewerSchemaFailureAnalyzer().analyze(new FlywayValidateException(
                new ErrorDetails(CoreErrorCode.VALIDATE_ERROR, mismatch), mismatch))).isNull();
    }

    @Test
    void theAnalyzerIsRegisteredForSpringBootToUse() throws Exception {
        List<String> registered = new ArrayList<>();
        for (URL factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties entries = PropertiesLoaderUtils.loadProperties(new UrlResource(factories));
            registered.addAll(StringUtils.commaDelimitedListToSet(entries.getProperty(FailureAnalyzer.class.getName())));
        }
        assertThat(registered).contains(NewerSchemaFailureAnalyzer.class.getName());
    }
}
