package co.factusapi.application.port.out;

import co.factusapi.domain.identity.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people who may log in. */
public interface UserRepository {
    Optional<User> findByUsername(String username);

    boolean anyExists();

    /** False when the username is already taken (e.g. two instances bootstrapping the admin at once). */
    boolean add(User user);

    /** The users of one tenant (null: the platform users), by username. */
    List<User> findAll(UUID tenantId);

    Optional<User> findById(UUID id);

    void delete(UUID id);
}
