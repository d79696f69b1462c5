package co.factusapi.domain.identity;

import java.util.Objects;

/** A freshly created key together with its plain text, which is shown to the caller once and then forgotten. */
public record IssuedApiKey(ApiKey apiKey, String plainKey) {
    public IssuedApiKey {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(plainKey, "plainKey");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[" + apiKey + "]";
    }
}
