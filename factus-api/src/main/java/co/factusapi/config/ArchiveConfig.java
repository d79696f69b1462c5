package co.factusapi.config;

import co.factusapi.adapter.out.archive.ArchiveContents;
import co.factusapi.adapter.out.archive.DatabaseArchiveContents;
import co.factusapi.adapter.out.archive.FileSystemArchiveContents;
import co.factusapi.adapter.out.archive.JdbcArchiveBacklog;
import co.factusapi.adapter.out.archive.JdbcDocumentArchive;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.out.ArchiveBacklog;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.service.ArchiveDocumentsService;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.DocumentType;
import co.factusapi.application.service.LegalArchive;
import co.factusapi.application.service.VerifyArchiveService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The legal archive (docs/archive.md): where its files are kept, and the archiver that fills it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
public class ArchiveConfig {
    static final String STORE_VARIABLE = "FACTUS_API_ARCHIVE_STORE";
    private static final Logger log = LoggerFactory.getLogger(ArchiveConfig.class);

    @Bean
    DatabaseArchiveContents databaseArchiveContents(JdbcClient jdbc) {
        return new DatabaseArchiveContents(jdbc);
    }

    @Bean
    FileSystemArchiveContents fileSystemArchiveContents(ArchiveProperties properties, Environment environment) {
        return new FileSystemArchiveContents(directory(properties.directory(),
                environment.getProperty(VaultConfig.DATA_DIR_VARIABLE, "")));
    }

    @Bean
    DocumentArchive documentArchive(JdbcClient jdbc, PlatformTransactionManager transactions,
                                    ArchiveProperties properties, Environment environment,
                                    DatabaseArchiveContents database, FileSystemArchiveContents files) {
        String store = store(properties.store(), environment.getProperty("spring.datasource.url"));
        ArchiveContents writeTo = store.equals(FileSystemArchiveContents.NAME) ? files : database;
        log.info("Archiving issued documents in the {}{}", store,
                writeTo == files ? " under " + files.root() : "");
        return new JdbcDocumentArchive(jdbc, new TransactionTemplate(transactions), writeTo, List.of(database, files));
    }

    @Bean
    ArchiveBacklog archiveBacklog(JdbcClient jdbc) {
        return new JdbcArchiveBacklog(jdbc);
    }

    @Bean
    LegalArchive legalArchive(List<DocumentType<?>> types, DocumentArchive archive, AuditTrail audit, Clock clock) {
        return new LegalArchive(types, archive, audit, clock);
    }

    @Bean
    ArchiveDocumentsService archiveDocumentsService(LegalArchive archive, ArchiveBacklog backlog,
                                                    TenantRepository tenants, Clock clock,
                                                    ArchiveProperties properties) {
        return new ArchiveDocumentsService(archive, backlog, tenants, clock, new ArchiveDocumentsService.Settings(
                properties.batchSize(), properties.retryInitialBackoff(), properties.retryMaxBackoff(),
                properties.lagThreshold()));
    }

    @Bean
    VerifyArchiveService verifyArchiveService(LegalArchive archive, TenantRepository tenants, AuditTrail audit) {
        return new VerifyArchiveService(archive, tenants, audit);
    }

    @Bean
    ArchiveJobs archiveJobs(ArchiveDocumentsUseCase archiver, ArchiveProperties properties,
                            JdbcInstanceRegistry instances, MeterRegistry meters) {
        return new ArchiveJobs(archiver, properties, instances, meters);
    }

    /** {@code auto}: files beside the embedded H2 database in a file; the database itself anywhere else. */
    static String store(String configured, String datasourceUrl) {
        return switch (configured) {
            case "auto" -> datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:file:")
                    ? FileSystemArchiveContents.NAME : DatabaseArchiveContents.NAME;
            case DatabaseArchiveContents.NAME, FileSystemArchiveContents.NAME -> configured;
            default -> throw new IllegalStateException(STORE_VARIABLE + " (factus-api.archive.store) must be database, "
                    + "filesystem or auto, not " + configured);
        };
    }

    static Path directory(String configured, String dataDirectory) {
        return directory(configured, dataDirectory, "archive");
    }

    /** {@code configured} when set, else {@code name} under the data directory ({@code ./data} by default). */
    static Path directory(String configured, String dataDirectory, String name) {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(dataDirectory.isBlank() ? VaultConfig.DEFAULT_DATA_DIR : dataDirectory.strip(), name);
    }
}
