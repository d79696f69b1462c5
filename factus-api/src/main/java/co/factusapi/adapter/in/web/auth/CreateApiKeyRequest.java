package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.Scope;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An API key for one machine client; the name says which (a till, a shop, a job). */
@Schema(example = """
        {"name": "my-pos", "scopes": ["documents:issue", "documents:read"]}""")
public record CreateApiKeyRequest(
        @Schema(description = "What the key is for, 1-100 characters") String name,
        @ArraySchema(schema = @Schema(allowableValues = {"documents:issue", "documents:read", "tenant:manage",
                "platform:manage"}), arraySchema = @Schema(description = "What the key may do; default "
                + "documents:issue and documents:read (a POS). platform:manage makes a platform key, which may act "
                + "for any tenant with the Factus-Tenant header; only the platform can create one."))
        List<String> scopes) {

    Set<Scope> scopeSet() {
        if (scopes == null) {
            return Set.of();
        }
        Set<Scope> parsed = EnumSet.noneOf(Scope.class);
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            String field = "scopes[" + i + "]";
            Scope.fromCode(scopes.get(i)).ifPresentOrElse(parsed::add, () -> unknown.add(new FieldViolation(field,
                    "is not a scope; use documents:issue, documents:read, tenant:manage or platform:manage")));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        return parsed;
    }
}
