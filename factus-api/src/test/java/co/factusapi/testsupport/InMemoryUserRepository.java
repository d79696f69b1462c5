package co.factusapi.testsupport;

import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.User;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryUserRepository implements UserRepository {
    private final Map<String, User> byUsername = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public boolean anyExists() {
        return !byUsername.isEmpty();
    }

    @Override
    public boolean add(User user) {
        return byUsername.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public List<User> findAll(UUID tenantId) {
        return byUsername.values().stream().filter(user -> Objects.equals(user.tenantId(), tenantId))
                .sorted(Comparator.comparing(User::username)).toList();
    }

    @Override
    public Optional<User> findById(UUID id) {
        return byUsername.values().stream().filter(user -> user.id().equals(id)).findFirst();
    }

    @Override
    public void delete(UUID id) {
        byUsername.values().removeIf(user -> user.id().equals(id));
    }
}
