package co.factusapi.adapter.out.archive;

import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The bytes as files under a directory (by default {@code <data dir>/archive}), laid out
 * {@code <tenant id>/<kind>/<year of issue>/<number>/<number>.<pdf|xml>}. A file is written to a temporary file in
 * its final directory, forced to disk, made read-only and moved into place atomically, then the directory is forced:
 * a reader never sees half a file, and a crash leaves either nothing or the whole file.
 */
public final class FileSystemArchiveContents implements ArchiveContents {
    public static final String NAME = "filesystem";
    /** DIAN's calendar: Colombia keeps UTC-5 all year. */
    private static final ZoneOffset COLOMBIA = ZoneOffset.ofHours(-5);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path root;

    public FileSystemArchiveContents(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String location(ArchivedFile file) {
        ArchiveKey key = file.key();
        Instant issued = file.issuedAt() != null ? file.issuedAt() : file.storedAt();
        String number = safe(key.number());
        return key.tenantId() + "/" + key.kind().slug() + "/" + issued.atOffset(COLOMBIA).getYear() + "/" + number
                + "/" + number + "." + key.format().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void write(ArchivedFile file, String location, byte[] content) {
        Path target = resolve(location);
        Path directory = target.getParent();
        Path temporary = null;
        try {
            createPrivateDirectories(directory);
            temporary = Files.createTempFile(directory, ".archiving-", ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            readOnly(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            force(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not archive " + file.key().describe(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<byte[]> read(ArchivedFile file, String location) {
        try {
            return Optional.of(Files.readAllBytes(resolve(location)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the archived " + file.key().describe(), e);
        }
    }

    /** A location always stays under the root, whatever a number holds. */
    private Path resolve(String location) {
        Path path = root.resolve(location).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("An archive location outside the archive directory");
        }
        return path;
    }

    /** Document numbers are letters, digits and hyphens (DocumentRules.NUMBER); anything else never reaches a path. */
    private static String safe(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Owner read only: the service never writes an archived file again. */
    private static void readOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        } else if (!file.toFile().setReadOnly()) {
            throw new IOException("Could not make an archived file read-only");
        }
    }

    /** Makes the rename durable; not every platform can open a directory, and there the move is as durable as it gets. */
    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory for reading
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a leftover ".part" file is never read as an archived file
        }
    }
}
