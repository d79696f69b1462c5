package co.factusapi.adapter.in.web.user;

import co.factusapi.application.port.in.ManageUsersUseCase;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenant administration (tenant:manage, enforced in SecurityConfig): the people who sign in for the tenant. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Administration")
public class UsersController {
    private final ManageUsersUseCase users;

    public UsersController(ManageUsersUseCase users) {
        this.users = users;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user of the tenant: admin (manages the tenant), user (issues and reads) or reader")
    public ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest request,
                                               @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        User user = users.create(request.username(), request.password(), request.roleValue(), caller);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.from(user));
    }

    @GetMapping
    @Operation(summary = "List the tenant's users, without their password hashes")
    public List<UserResponse> list() {
        return users.list().stream().map(UserResponse::from).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a user of the tenant; their tokens stop working when they expire")
    public ResponseEntity<Void> delete(@PathVariable UUID id,
                                       @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        users.delete(id, caller);
        return ResponseEntity.noContent().build();
    }

    @Schema(example = """
            {"username": "contadora@tienda.co", "password": "una-clave-larga-y-unica", "role": "reader"}""")
    public record CreateUserRequest(String username,
                                    @Schema(accessMode = Schema.AccessMode.WRITE_ONLY, minLength = 12) String password,
                                    @Schema(allowableValues = {"admin", "user", "reader"}) String role) {
        Role roleValue() {
            return role == null ? null : Role.fromCode(role).orElseThrow(() ->
                    InvalidRequestException.of("role", "must be admin, user or reader"));
        }

        @Override
        public String toString() {
            return "CreateUserRequest[username=" + username + ", role=" + role + "]";
        }
    }

    public record UserResponse(UUID id, String username, String role, UUID tenantId, Instant createdAt) {
        static UserResponse from(User user) {
            return new UserResponse(user.id(), user.username(), user.role().code(), user.tenantId(), user.createdAt());
        }
    }
}
