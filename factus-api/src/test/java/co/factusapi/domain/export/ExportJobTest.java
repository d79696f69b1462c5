package co.factusapi.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportJobTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void percentAndEtaComeFromTheRateSoFar() {
        ExportJob running = job(ExportJob.State.RUNNING, 250, 1000, NOW.minusSeconds(10));
        assertThat(running.percent()).isEqualTo(25);
        assertThat(running.etaSeconds(NOW)).isEqualTo(30L);
        assertThat(job(ExportJob.State.RUNNING, 0, 1000, NOW).etaSeconds(NOW)).isNull();
        assertThat(job(ExportJob.State.QUEUED, 0, 0, null).etaSeconds(NOW)).isNull();
        assertThat(job(ExportJob.State.DONE, 0, 0, NOW).percent()).as("an export of nothing is complete").isEqualTo(100);
        assertThat(job(ExportJob.State.DONE, 7, 7, NOW).etaSeconds(NOW)).isZero();
    }

    @Test
    void itExpiresAtItsExpiry() {
        ExportJob queued = ExportJob.queued(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), Set.of(DocumentKind.INVOICE), Set.of(DocumentStatus.ISSUED), "test", NOW,
                Duration.ofHours(24));
        assertThat(queued.expired(NOW.plus(Duration.ofHours(24)).minusMillis(1))).isFalse();
        assertThat(queued.expired(NOW.plus(Duration.ofHours(24)))).isTrue();
    }

    private static ExportJob job(ExportJob.State state, int done, int total, Instant startedAt) {
        return new ExportJob(UUID.randomUUID(), UUID.randomUUID(), state, "instance-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), Set.of(DocumentKind.INVOICE), Set.of(DocumentStatus.ISSUED), done, total,
                null, null, "test", NOW.minusSeconds(60), startedAt, null, NOW.plusSeconds(3600));
    }
}
