package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.AccountRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcAccountRepository implements AccountRepository {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcAccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UUID ensure(String name, String baseUrl) {
        return find(name).orElseGet(() -> {
            try {
                UUID id = UUID.randomUUID();
                jdbc.sql("INSERT INTO factus_accounts (id, name, base_url, created_at) VALUES (:id, :name, :url, :at)")
                        .param("id", id).param("name", name).param("url", baseUrl)
                        .param("at", SqlTime.timestamp(clock.instant()))
                        .update();
                return id;
            } catch (DuplicateKeyException raced) {
                return find(name).orElseThrow();
            }
        });
    }

    private java.util.Optional<UUID> find(String name) {
        return jdbc.sql("SELECT id FROM factus_accounts WHERE name = :name").param("name", name).query(UUID.class).optional();
    }
}
