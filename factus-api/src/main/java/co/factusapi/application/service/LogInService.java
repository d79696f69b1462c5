package co.factusapi.application.service;

import co.factusapi.application.port.in.LogInUseCase;
import co.factusapi.application.port.out.AccessTokenIssuer;
import co.factusapi.application.port.out.PasswordHasher;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.domain.error.AuthenticationFailedException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class LogInService implements LogInUseCase {
    static final String WRONG_CREDENTIALS = "Wrong username or password.";

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final AccessTokenIssuer tokenIssuer;
    private final String hashForUnknownUsers;

    public LogInService(UserRepository users, PasswordHasher passwordHasher, AccessTokenIssuer tokenIssuer) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.tokenIssuer = tokenIssuer;
        this.hashForUnknownUsers = passwordHasher.hash(UUID.randomUUID().toString());
    }

    @Override
    public AccessToken logIn(String username, String password) {
        return tokenIssuer.issueFor(verified(username, password));
    }

    @Override
    public Caller signIn(String username, String password) {
        User user = verified(username, password);
        return new Caller(User.principalNameOf(user.username()), user.tenantId(), user.scopes());
    }

    private User verified(String username, String password) {
        requirePresent(username, password);
        Optional<User> user = users.findByUsername(username);
        // An unknown user still costs one hash check, so the answer time does not reveal who has an account.
        boolean passwordMatches = passwordHasher.matches(password, user.map(User::passwordHash).orElse(hashForUnknownUsers));
        if (user.isEmpty() || !passwordMatches) {
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        return user.get();
    }

    private static void requirePresent(String username, String password) {
        List<FieldViolation> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add(new FieldViolation("username", "is required"));
        }
        if (password == null || password.isEmpty()) {
            missing.add(new FieldViolation("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
    }
}
