package co.factusapi.config;

import org.flywaydb.core.api.pattern.ValidatePattern;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway by default ignores migrations that the database has and this version does not know ("future" ones), so an
 * instance left behind during an upgrade would write to a schema it was not written for. No pattern is ignored: such
 * an instance refuses to start, explained by {@link NewerSchemaFailureAnalyzer}.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaConfig {

    @Bean
    FlywayConfigurationCustomizer refuseSchemasOfNewerVersions() {
        return configuration -> configuration.ignoreMigrationPatterns(new ValidatePattern[0]);
    }
}
