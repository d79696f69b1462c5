package co.factusapi.adapter.out.archive;

import co.factusapi.domain.archive.ArchivedFile;
import java.util.Optional;

/**
 * Where the archive keeps the bytes of its files; the records (hash, size, ...) are always in {@code archived_files}.
 * {@link JdbcDocumentArchive} calls {@link #write} inside the transaction that inserts the record, so a file is
 * archived exactly when its record is committed.
 */
public interface ArchiveContents {

    /** The value of {@code archived_files.store} for files kept here. */
    String name();

    /** Where {@code file} goes, recorded in {@code archived_files.location}; null when the key is enough. */
    String location(ArchivedFile file);

    /** Writes the bytes once; a file already at that location is replaced only by a complete new one. */
    void write(ArchivedFile file, String location, byte[] content);

    Optional<byte[]> read(ArchivedFile file, String location);
}
