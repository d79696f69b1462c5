package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the archive keeps its files when nothing says so (docs/archive.md). */
class ArchiveConfigTest {

    @Test
    void theEmbeddedDefaultArchivesInFilesAndADatabaseServerInTheDatabase() {
        assertThat(ArchiveConfig.store("auto", "jdbc:h2:file:./data/factus-api;MODE=PostgreSQL")).isEqualTo("filesystem");
        assertThat(ArchiveConfig.store("auto", "jdbc:postgresql://db:5432/factus")).isEqualTo("database");
        assertThat(ArchiveConfig.store("auto", "jdbc:h2:mem:test")).isEqualTo("database");
        assertThat(ArchiveConfig.store("filesystem", "jdbc:postgresql://db:5432/factus")).isEqualTo("filesystem");
        assertThat(ArchiveConfig.store("database", "jdbc:h2:file:./data/factus-api")).isEqualTo("database");
        assertThatThrownBy(() -> ArchiveConfig.store("s3", null)).hasMessageContaining("FACTUS_API_ARCHIVE_STORE");
    }

    @Test
    void theFilesGoUnderTheDataDirectoryUnlessADirectoryIsSet() {
        assertThat(ArchiveConfig.directory("", "")).isEqualTo(Path.of("./data", "archive"));
        assertThat(ArchiveConfig.directory("", "/var/lib/factus")).isEqualTo(Path.of("/var/lib/factus/archive"));
        assertThat(ArchiveConfig.directory("/srv/archive", "/var/lib/factus")).isEqualTo(Path.of("/srv/archive"));
    }
}
