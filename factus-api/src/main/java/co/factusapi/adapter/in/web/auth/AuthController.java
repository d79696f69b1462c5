package co.factusapi.adapter.in.web.auth;

import co.factusapi.application.port.in.LogInUseCase;
import co.factusapi.domain.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Exchange username and password for a bearer token")
public class AuthController {
    private static final String PASSWORD_GRANT = "password";

    private final LogInUseCase logIn;

    public AuthController(LogInUseCase logIn) {
        this.logIn = logIn;
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log in with a JSON body and get a bearer token")
    @SecurityRequirements
    public ResponseEntity<TokenResponse> logInWithJson(@RequestBody LoginRequest request) {
        return tokenFor(request.username(), request.password());
    }

    /** The OAuth2 password-grant form (RFC 6749 section 4.3), so ordinary OAuth2 client libraries work as they are. */
    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Log in with an OAuth2 password-grant form and get a bearer token")
    @SecurityRequirements
    public ResponseEntity<TokenResponse> logInWithForm(@RequestParam(required = false) String username,
                                                       @RequestParam(required = false) String password,
                                                       @RequestParam(name = "grant_type", required = false) String grantType) {
        if (grantType != null && !PASSWORD_GRANT.equals(grantType)) {
            throw InvalidRequestException.of("grant_type", "must be password");
        }
        return tokenFor(username, password);
    }

    private ResponseEntity<TokenResponse> tokenFor(String username, String password) {
        // RFC 6749 section 5.1: token responses must not be cached.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.from(logIn.logIn(username, password)));
    }
}
