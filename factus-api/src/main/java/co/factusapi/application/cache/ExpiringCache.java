package co.factusapi.application.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A few seconds' memory of lookups that every request repeats (an API key, the acting tenant, a tenant's webhook
 * subscriptions), so a busy caller costs one database read per TTL instead of one per request. What this instance
 * changes it forgets at once ({@link #invalidate}); what another instance changes is seen within the TTL. Only found
 * values are kept, so unknown keys cannot fill it. A zero TTL keeps nothing. Times come from the injected clock.
 */
public final class ExpiringCache<K, V> {
    /** Past this many entries, expired ones are swept on the next store: the live set is small (keys, tenants). */
    static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Bumped by every invalidation, so a load that raced with it is not stored afterwards. */
    private final AtomicLong generation = new AtomicLong();
    private final Duration ttl;
    private final Clock clock;

    public ExpiringCache(Duration ttl, Clock clock) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("a cache TTL must not be negative");
        }
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The live cached value, else what {@code loader} finds (kept for the TTL when found). */
    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.instant();
        Entry<V> cached = entries.get(key);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return Optional.of(cached.value());
        }
        long before = generation.get();
        Optional<V> loaded = loader.apply(key);
        loaded.ifPresent(value -> store(key, value, now, before));
        return loaded;
    }

    /** Replaces a cached value (e.g. with a newer copy this instance wrote) without extending its life. */
    public void replace(K key, V value) {
        entries.computeIfPresent(key, (k, entry) -> new Entry<>(value, entry.expiresAt()));
    }

    public void invalidate(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void invalidateIf(Predicate<V> stale) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> stale.test(entry.value()));
    }

    private void store(K key, V value, Instant now, long loadedAtGeneration) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= SWEEP_ABOVE) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        }
        entries.put(key, new Entry<>(value, now.plus(ttl)));
        if (generation.get() != loadedAtGeneration) {
            entries.remove(key);
        }
    }

    private record Entry<V>(V value, Instant expiresAt) {
    }
}
