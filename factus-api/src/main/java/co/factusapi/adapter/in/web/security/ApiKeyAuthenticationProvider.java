package co.factusapi.adapter.in.web.security;

import co.factusapi.application.port.in.AuthenticateApiKeyUseCase;
import co.factusapi.domain.identity.ApiKey;
import co.factusapi.domain.identity.Caller;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

public class ApiKeyAuthenticationProvider implements AuthenticationProvider {
    static final String INVALID_KEY = "The API key is unknown or has been revoked.";

    private final AuthenticateApiKeyUseCase apiKeys;

    public ApiKeyAuthenticationProvider(AuthenticateApiKeyUseCase apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiKey apiKey = apiKeys.authenticate((String) authentication.getCredentials())
                .orElseThrow(() -> new BadCredentialsException(INVALID_KEY));
        return new CallerAuthentication(new Caller(apiKey.principalName(), apiKey.tenantId(), apiKey.scopes()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
