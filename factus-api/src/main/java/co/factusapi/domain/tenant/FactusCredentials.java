package co.factusapi.domain.tenant;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** What a Factus account logs in with (OAuth client and user). Held in memory only; stored sealed by the vault. */
public record FactusCredentials(String clientId, String clientSecret, String username, String password) {
    public FactusCredentials {
        List<FieldViolation> missing = new ArrayList<>();
        require(missing, "client_id", clientId);
        require(missing, "client_secret", clientSecret);
        require(missing, "username", username);
        require(missing, "password", password);
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
    }

    private static void require(List<FieldViolation> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(new FieldViolation("factus." + field, "is required"));
        } else if (value.length() > 200) {
            missing.add(new FieldViolation("factus." + field, "must be at most 200 characters"));
        }
    }

    @Override
    public String toString() {
        return "FactusCredentials[clientId=" + clientId + ", secrets=***]";
    }
}
