package co.factusapi.application.port.in;

import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.util.List;
import java.util.UUID;

/** A tenant's admins manage the people who sign in for the tenant (the console, the API with a bearer token). */
public interface ManageUsersUseCase {

    /** A user of the acting tenant; a ConflictException when the username is taken (usernames are global). */
    User create(String username, String password, Role role, Caller caller);

    List<User> list();

    /** Another tenant's user is not found. A caller cannot delete itself. */
    void delete(UUID id, Caller caller);
}
