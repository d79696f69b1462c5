package co.factusapi.application.service;

import co.factusapi.application.port.in.ProviderLoginUseCase;
import co.factusapi.application.port.out.ProviderAuthGateway;
import co.factusapi.domain.identity.ProviderToken;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

public final class ProviderLoginService implements ProviderLoginUseCase {
    private final ProviderAuthGateway gateway;

    public ProviderLoginService(ProviderAuthGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public ProviderToken login(String email, String password) {
        List<FieldViolation> violations = new ArrayList<>();
        if (email == null || !email.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$") || email.length() > 254) {
            violations.add(new FieldViolation("email", "must be a valid e-mail address"));
        }
        if (password == null || password.isEmpty() || password.length() > 200) {
            violations.add(new FieldViolation("password", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return gateway.passwordGrant(email, password);
    }

    @Override
    public ProviderToken refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 4096) {
            throw InvalidRequestException.of("refresh_token", "is required");
        }
        return gateway.refreshGrant(refreshToken);
    }
}
