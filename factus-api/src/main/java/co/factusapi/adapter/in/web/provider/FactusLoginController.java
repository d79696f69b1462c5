package co.factusapi.adapter.in.web.provider;

import co.factusapi.application.port.in.ProviderLoginUseCase;
import co.factusapi.domain.identity.ProviderToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/factus")
@Tag(name = "Factus session (compatibility)", description = "Only for callers that send their own X-Factus-Token; "
        + "the service otherwise manages the Factus session itself.")
public class FactusLoginController {
    /** Compatibility with the original service: a caller may bring its own Factus token for a request. */
    public static final String TOKEN_OVERRIDE_HEADER = "X-Factus-Token";
    private final ProviderLoginUseCase provider;

    public FactusLoginController(ProviderLoginUseCase provider) {
        this.provider = provider;
    }

    @PostMapping(value = "/login", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log in to Factus with a Factus user (pass-through)")
    public ResponseEntity<TokenBody> login(@RequestBody LoginBody body) {
        return noStore(provider.login(body.email(), body.password()));
    }

    @PostMapping(value = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refresh a Factus token (pass-through)")
    public ResponseEntity<TokenBody> refresh(@RequestBody RefreshBody body) {
        return noStore(provider.refresh(body.refreshToken()));
    }

    private static ResponseEntity<TokenBody> noStore(ProviderToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenBody(token.accessToken(), token.tokenType(), token.expiresIn(), token.refreshToken()));
    }

    @Schema(example = """
            {"email": "user@example.com", "password": "your-factus-password"}""")
    public record LoginBody(String email, String password) {
        @Override
        public String toString() {
            return "LoginBody[email=***]";
        }
    }

    @Schema(example = """
            {"refresh_token": "the refresh_token of the Factus login"}""")
    public record RefreshBody(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshBody[***]";
        }
    }

    public record TokenBody(String accessToken, String tokenType, long expiresIn, String refreshToken) {
        @Override
        public String toString() {
            return "TokenBody[***]";
        }
    }
}
