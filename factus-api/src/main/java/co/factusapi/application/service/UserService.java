package co.factusapi.application.service;

import co.factusapi.application.port.in.ManageUsersUseCase;
import co.factusapi.application.port.out.PasswordHasher;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The users of the acting tenant; passwords are stored only as hashes. */
public final class UserService implements ManageUsersUseCase {
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditTrail audit;

    public UserService(UserRepository users, PasswordHasher hasher, Clock clock, AuditTrail audit) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public User create(String username, String password, Role role, Caller caller) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw InvalidRequestException.of("username", "must be 1-100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw InvalidRequestException.of("password", "must be " + MIN_PASSWORD_LENGTH + " to 200 characters");
        }
        if (role == null) {
            throw InvalidRequestException.of("role", "must be admin, user or reader");
        }
        User user = new User(UUID.randomUUID(), username, hasher.hash(password), role,
                clock.instant().truncatedTo(ChronoUnit.MICROS), ActingTenant.id());
        if (!users.add(user)) {
            throw new ConflictException("username-taken", "The username " + username + " is taken.");
        }
        audit.record(caller.name(), "user.create", "user", user.id().toString(), null, "CREATED", role.code());
        return user;
    }

    @Override
    public List<User> list() {
        return users.findAll(ActingTenant.id());
    }

    @Override
    public void delete(UUID id, Caller caller) {
        User user = users.findById(id).filter(found -> ActingTenant.id().equals(found.tenantId()))
                .orElseThrow(() -> new NotFoundException("No user has the id " + id + "."));
        if (caller.name().equals(User.principalNameOf(user.username()))) {
            throw new ConflictException("user-self", "You cannot delete your own user.");
        }
        users.delete(id);
        audit.record(caller.name(), "user.delete", "user", id.toString(), null, "DELETED", null);
    }
}
