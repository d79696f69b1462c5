package co.factusapi.application.port.out;

import co.factusapi.domain.identity.User;
import java.util.Optional;

/** The people who may log in. */
public interface UserRepository {
    Optional<User> findByUsername(String username);

    boolean anyExists();

    /** False when the username is already taken (e.g. two instances bootstrapping the admin at once). */
    boolean add(User user);
}
