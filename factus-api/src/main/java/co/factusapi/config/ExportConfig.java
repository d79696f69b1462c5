package co.factusapi.config;

import co.factusapi.adapter.out.export.FileSystemExportFiles;
import co.factusapi.adapter.out.export.JdbcExportJobRepository;
import co.factusapi.adapter.out.export.JdbcExportLedger;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ExportDocumentsUseCase;
import co.factusapi.application.port.out.ExportFiles;
import co.factusapi.application.port.out.ExportJobRepository;
import co.factusapi.application.port.out.ExportLedger;
import co.factusapi.application.service.ExportDocumentsService;
import co.factusapi.application.service.LegalArchive;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk export of the legal archive (docs/archive.md#export): the jobs, the ledger reader, the files, the runner and the
 * purge of expired files.
 */
@Configuration(proxyBeanMethods = false)
public class ExportConfig {
    private static final int PAGE_SIZE = 200;

    @Bean
    ExportJobRepository exportJobRepository(JdbcClient jdbc) {
        return new JdbcExportJobRepository(jdbc);
    }

    @Bean
    ExportLedger exportLedger(JdbcClient jdbc) {
        return new JdbcExportLedger(jdbc);
    }

    @Bean
    ExportFiles exportFiles(ArchiveProperties properties, Environment environment) {
        return new FileSystemExportFiles(ArchiveConfig.directory(properties.exportDirectory(),
                environment.getProperty(VaultConfig.DATA_DIR_VARIABLE, ""), "exports"));
    }

    @Bean
    ExportDocumentsService exportDocumentsService(ExportJobRepository jobs, ExportLedger ledger, ExportFiles files,
                                                  LegalArchive archive, Clock clock, ArchiveProperties properties,
                                                  JdbcInstanceRegistry instances) {
        return new ExportDocumentsService(jobs, ledger, files, archive, instances, clock,
                new ExportDocumentsService.Settings(properties.exportTtl(), properties.exportMaxDays(), PAGE_SIZE,
                        Math.max(1, properties.exportProgressEvery())));
    }

    @Bean
    ExportPurgeJobs exportPurgeJobs(ExportDocumentsUseCase exports, JdbcInstanceRegistry instances,
                                    ArchiveProperties properties, MeterRegistry meters) {
        return new ExportPurgeJobs(exports, instances, properties.exportPurgeInterval(), meters);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    ExportRunner exportRunner(ExportDocumentsUseCase exports, ArchiveProperties properties) {
        return new ExportRunner(exports, properties.exportInterval());
    }
}
