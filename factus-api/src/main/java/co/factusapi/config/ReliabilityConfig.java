package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcAuditLog;
import co.factusapi.adapter.out.persistence.JdbcIdempotencyStore;
import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ReconcileDocumentsUseCase;
import co.factusapi.application.port.out.AuditLog;
import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.application.port.out.IdempotencyStore;
import co.factusapi.application.port.out.InstanceRegistry;
import co.factusapi.application.port.out.LoginFailures;
import co.factusapi.application.port.out.RequestAllowances;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.DocumentPipeline;
import co.factusapi.application.service.IdempotencyService;
import co.factusapi.application.service.ReconcileDocumentsService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Idempotency keys, the invoice reconciler and the audit trail (docs/reliability.md). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReliabilityProperties.class)
public class ReliabilityConfig {
    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new JdbcAuditLog(jdbc);
    }

    @Bean
    AuditTrail auditTrail(AuditLog log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc) {
        return new JdbcIdempotencyStore(jdbc);
    }

    /** Registered (first heartbeat) before any request; leaves after the graceful shutdown has drained them. */
    @Bean(initMethod = "heartbeat", destroyMethod = "leave")
    JdbcInstanceRegistry instanceRegistry(JdbcClient jdbc, ReliabilityProperties properties) {
        ReliabilityProperties.Instances settings = properties.instances();
        return new JdbcInstanceRegistry(jdbc, settings.deadAfter(), settings.heartbeatInterval());
    }

    @Bean
    IdempotencyService idempotencyService(IdempotencyStore store, InstanceRegistry instances, Clock clock,
                                          ReliabilityProperties properties) {
        ReliabilityProperties.Idempotency settings = properties.idempotency();
        return new IdempotencyService(store, instances, clock, settings.ttl(),
                settings.inFlightTimeout());
    }

    @Bean
    ReconcileDocumentsService reconcileDocumentsService(DocumentPipeline pipeline, DocumentLedger ledger, Clock clock,
                                                        TenantRepository tenants,
                                                        ReliabilityProperties properties) {
        return new ReconcileDocumentsService(pipeline, ledger, clock, tenants, properties.reconciler().batchSize());
    }

    @Bean
    ReliabilityJobs reliabilityJobs(ReconcileDocumentsUseCase reconciler, IdempotencyService idempotency,
                                    JdbcInstanceRegistry instances, RequestAllowances allowances,
                                    LoginFailures loginFailures, ReliabilityProperties properties,
                                    MeterRegistry meters) {
        return new ReliabilityJobs(reconciler, idempotency, instances, allowances, loginFailures, properties, meters);
    }
}
