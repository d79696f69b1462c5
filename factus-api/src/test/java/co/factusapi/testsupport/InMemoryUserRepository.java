package co.factusapi.testsupport;

import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.User;
import java.util.Map;
import java.util.Optional;
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
}
