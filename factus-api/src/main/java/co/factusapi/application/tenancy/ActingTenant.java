package co.factusapi.application.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant the current unit of work acts for: bound by the web adapter for each request (from the caller's
 * credentials or, for a platform caller, the {@code Factus-Tenant} header) and by background jobs for each tenant
 * they visit. Use cases and the provider adapter read it, so no use case can touch another tenant's data by
 * forgetting a parameter, and nothing runs on a tenant's behalf without one bound: {@link #id()} fails closed.
 */
public final class ActingTenant {
    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private ActingTenant() {
    }

    /** The tenant bound to this thread; an IllegalStateException when none is, never a guess. */
    public static UUID id() {
        UUID tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant is bound to this thread");
        }
        return tenant;
    }

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds the tenant until the returned binding is closed (use try-with-resources); nests. */
    public static Binding bind(UUID tenant) {
        Objects.requireNonNull(tenant, "tenant");
        UUID previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> restore(previous);
    }

    public static <T> T call(UUID tenant, Supplier<T> work) {
        try (Binding ignored = bind(tenant)) {
            return work.get();
        }
    }

    public static void run(UUID tenant, Runnable work) {
        try (Binding ignored = bind(tenant)) {
            work.run();
        }
    }

    private static void restore(UUID previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Closing restores what was bound before. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
