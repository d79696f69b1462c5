package co.factusapi.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads the {@code X-API-Key} header; without it the request is left to the other authentication methods. */
public class ApiKeyAuthenticationConverter implements AuthenticationConverter {
    public static final String HEADER = "X-API-Key";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String presentedKey = request.getHeader(HEADER);
        return presentedKey == null || presentedKey.isBlank() ? null : ApiKeyAuthenticationToken.unauthenticated(presentedKey);
    }
}
