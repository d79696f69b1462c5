package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.InstanceRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instances in SQL, shared by every instance on one database. Heartbeats are written and judged with the database's
 * clock, not each machine's, so clock skew between hosts cannot make a live instance look dead. Which instances are
 * alive is read at most once per {@code refresh}.
 */
public class JdbcInstanceRegistry implements InstanceRegistry {
    private static final String NOW = "CURRENT_TIMESTAMP";
    private final JdbcClient jdbc;
    private final String self = UUID.randomUUID().toString();
    private final Duration deadAfter;
    private final Duration refresh;
    private volatile Snapshot snapshot = new Snapshot(Set.of(), 0);

    public JdbcInstanceRegistry(JdbcClient jdbc, Duration deadAfter, Duration refresh) {
        this.jdbc = jdbc;
        this.deadAfter = deadAfter;
        this.refresh = refresh;
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public boolean alive(String instanceId) {
        return instanceId == null || self.equals(instanceId) || aliveIds().contains(instanceId);
    }

    /** Every instance whose heartbeat is recent, this one included. */
    public Set<String> aliveIds() {
        Snapshot current = snapshot;
        if (System.nanoTime() - current.readAt() < refresh.toNanos() && current.ids().contains(self)) {
            return current.ids();
        }
        Set<String> ids = jdbc.sql("SELECT id, heartbeat_at, " + NOW + " AS db_now FROM instances")
                .query(this::aliveId).list().stream().filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
        ids.add(self);
        snapshot = new Snapshot(Set.copyOf(ids), System.nanoTime());
        return snapshot.ids();
    }

    /**
     * Whether this instance runs the deployment's background jobs (reconciler, purges): the live instance with the
     * smallest id, so one instance runs them, and another takes over a few seconds after it dies. Two instances may
     * briefly both believe they lead while their views of the heartbeats differ: every job is safe to run twice.
     */
    public boolean leads() {
        return self.equals(Collections.min(aliveIds()));
    }

    /** Registers this instance on its first call, then renews its heartbeat. */
    public void heartbeat() {
        int renewed = jdbc.sql("UPDATE instances SET heartbeat_at = " + NOW + " WHERE id = :id").param("id", self)
                .update();
        if (renewed == 0) {
            jdbc.sql("INSERT INTO instances (id, started_at, heartbeat_at) VALUES (:id, " + NOW + ", " + NOW + ")")
                    .param("id", self).update();
        }
    }

    /** Called on a graceful stop, once requests have drained: what this instance held is free at once. */
    public void leave() {
        jdbc.sql("DELETE FROM instances WHERE id = :id").param("id", self).update();
    }

    /** Forgets instances dead for longer than {@code after}; returns how many. */
    public int forgetDead(Duration after) {
        List<String> dead = jdbc.sql("SELECT id, heartbeat_at, " + NOW + " AS db_now FROM instances")
                .query((rs, row) -> heartbeatAge(rs).compareTo(after) > 0 ? rs.getString("id") : self).list();
        int forgotten = 0;
        for (String id : dead) {
            if (!id.equals(self)) {
                forgotten += jdbc.sql("DELETE FROM instances WHERE id = :id").param("id", id).update();
            }
        }
        return forgotten;
    }

    private String aliveId(ResultSet rs, int row) throws SQLException {
        return heartbeatAge(rs).compareTo(deadAfter) <= 0 ? rs.getString("id") : "";
    }

    private static Duration heartbeatAge(ResultSet rs) throws SQLException {
        Instant heartbeat = rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant();
        Instant now = rs.getObject("db_now", OffsetDateTime.class).toInstant();
        return Duration.between(heartbeat, now);
    }

    private record Snapshot(Set<String> ids, long readAt) {
    }
}
