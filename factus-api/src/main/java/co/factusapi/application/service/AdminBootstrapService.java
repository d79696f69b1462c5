package co.factusapi.application.service;

import co.factusapi.application.port.out.PasswordHasher;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Makes sure a fresh installation has someone who can log in: the {@code admin} user. */
public final class AdminBootstrapService {
    public static final String ADMIN_USERNAME = "admin";
    private static final int GENERATED_PASSWORD_BYTES = 18;

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Clock clock;
    private final RandomGenerator random;

    public AdminBootstrapService(UserRepository users, PasswordHasher passwordHasher, Clock clock, RandomGenerator random) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Creates the admin when there are no users at all, with the configured password or, when none is configured,
     * a random one.
     *
     * @return the generated password, which the caller shows once; empty when nothing was generated
     */
    public Optional<String> ensureAdminExists(String configuredPassword) {
        if (users.anyExists()) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomPassword() : configuredPassword;
        User admin = new User(UUID.randomUUID(), ADMIN_USERNAME, passwordHasher.hash(password), Role.ADMIN,
                clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        boolean added = users.add(admin);
        return added && generate ? Optional.of(password) : Optional.empty();
    }

    private String randomPassword() {
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
