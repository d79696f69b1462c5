package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArchiveDocumentsServiceTest {

    @Test
    void aFailingDocumentWaitsTwiceAsLongAfterEachFailureUpToTheMaximum() {
        ArchiveDocumentsService archiver = new ArchiveDocumentsService(null, null, null, Clock.systemUTC(),
                new ArchiveDocumentsService.Settings(10, Duration.ofMinutes(1), Duration.ofHours(6),
                        Duration.ofMinutes(15)));

        List<Duration> waits = IntStream.of(1, 2, 3, 9, 10, 1000).mapToObj(archiver::backoff).toList();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(256), Duration.ofHours(6), Duration.ofHours(6));
    }
}
