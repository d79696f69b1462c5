package co.factusapi.adapter.out.export;

import co.factusapi.application.port.out.ExportFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Export files under {@code <root>/<tenant id>/}: {@code <id>.zip.part} and the scratch parts while the job runs,
 * {@code <id>.zip} once published (an atomic move, so a half-written ZIP is never served).
 */
public final class FileSystemExportFiles implements ExportFiles {
    private final Path root;

    public FileSystemExportFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public OutputStream create(UUID tenantId, UUID id, String part) {
        try {
            Path file = part(tenantId, id, part);
            Files.createDirectories(file.getParent());
            return new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(UUID tenantId, UUID id, String part) {
        try {
            return Files.newInputStream(part(tenantId, id, part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(UUID tenantId, UUID id, String part) {
        try {
            Files.deleteIfExists(part(tenantId, id, part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long publish(UUID tenantId, UUID id) {
        try {
            Path published = zip(tenantId, id);
            Files.move(part(tenantId, id, "zip"), published, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return Files.size(published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean discard(UUID tenantId, UUID id) {
        Path directory = root.resolve(tenantId.toString());
        try {
            if (Files.isDirectory(directory)) {
                try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, id + ".*.part")) {
                    for (Path part : parts) {
                        Files.deleteIfExists(part);
                    }
                }
            }
            return Files.deleteIfExists(zip(tenantId, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Published> published(UUID tenantId, UUID id) {
        Path file = zip(tenantId, id);
        try {
            return Optional.of(new Published(Files.size(file), Files.newInputStream(file)));
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    private Path zip(UUID tenantId, UUID id) {
        return root.resolve(tenantId.toString()).resolve(id + ".zip");
    }

    private Path part(UUID tenantId, UUID id, String part) {
        return root.resolve(tenantId.toString()).resolve(id + "." + part + ".part");
    }
}
