package co.factusapi.adapter.in.web.security;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as problem+json; Spring's bearer entry point supplies the RFC 6750 {@code WWW-Authenticate} header. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        writer.write(request, response, HttpStatus.UNAUTHORIZED, detailFor(failure));
    }

    private static String detailFor(AuthenticationException failure) {
        return switch (failure) {
            case InsufficientAuthenticationException missing ->
                    "Authentication required: send a bearer token from POST /api/v1/auth/login or an X-API-Key header.";
            case OAuth2AuthenticationException invalidToken -> "The bearer token is invalid or has expired.";
            case BadCredentialsException invalidKey -> ApiKeyAuthenticationProvider.INVALID_KEY;
            default -> "Authentication failed.";
        };
    }
}
