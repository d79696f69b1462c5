package co.factusapi.application.port.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where export ZIPs are written and served from (docs/archive.md#export). A job writes its file and scratch parts
 * ({@code part}: a name such as {@code index.csv}) and then {@link #publish}es the ZIP; nothing half-written is served.
 */
public interface ExportFiles {

    OutputStream create(UUID tenantId, UUID id, String part);

    InputStream open(UUID tenantId, UUID id, String part);

    void delete(UUID tenantId, UUID id, String part);

    /** Moves the finished ZIP (the part {@code zip}) into place; its size. */
    long publish(UUID tenantId, UUID id);

    /** Deletes the job's ZIP and any part left, whatever is there; whether the published ZIP was there. */
    boolean discard(UUID tenantId, UUID id);

    /** The published ZIP, when this instance has it. */
    Optional<Published> published(UUID tenantId, UUID id);

    record Published(long size, InputStream content) {
    }
}
