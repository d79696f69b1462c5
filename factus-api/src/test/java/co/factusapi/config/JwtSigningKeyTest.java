package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class JwtSigningKeyTest {
    private static final String H2 = "jdbc:h2:file:./data/factus-api;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://db:5432/factus";

    @Test
    void usesAConfiguredSecretOfAtLeast32Bytes() {
        String secret = "s".repeat(32);

        SecretKey key = JwtSigningKey.from(secret, POSTGRES);

        assertThat(key.getEncoded()).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(key.getAlgorithm()).isEqualTo("HmacSHA256");
    }

    @Test
    void refusesAShorterSecretWithoutEchoingIt() {
        assertThatThrownBy(() -> JwtSigningKey.from("short-secret-31-bytes-long-xxxx", H2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factus-api.jwt.secret")
                .hasMessageContaining("at least 32")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void onTheEmbeddedDatabaseABlankSecretMeansARandom256BitKeyPerStart() {
        SecretKey first = JwtSigningKey.from(" ", H2);
        SecretKey second = JwtSigningKey.from("", "jdbc:h2:mem:x");

        assertThat(first.getEncoded()).hasSize(32);
        assertThat(first.getEncoded()).isNotEqualTo(second.getEncoded());
    }

    @Test
    void withADatabaseServerABlankSecretRefusesTheStartRatherThanAKeyPerInstance() {
        assertThatThrownBy(() -> JwtSigningKey.from("", POSTGRES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FACTUS_API_JWT_SECRET")
                .hasMessageContaining("every instance");
    }
}
