package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class JwtSigningKeyTest {

    @Test
    void usesAConfiguredSecretOfAtLeast32Bytes() {
        String secret = "s".repeat(32);

        SecretKey key = JwtSigningKey.from(secret);

        assertThat(key.getEncoded()).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(key.getAlgorithm()).isEqualTo("HmacSHA256");
    }

    @Test
    void refusesAShorterSecretWithoutEchoingIt() {
        assertThatThrownBy(() -> JwtSigningKey.from("short-secret-31-bytes-long-xxxx"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factus-api.jwt.secret")
                .hasMessageContaining("at least 32")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void blankSecretMeansARandom256BitKeyPerStart() {
        SecretKey first = JwtSigningKey.from(" ");
        SecretKey second = JwtSigningKey.from("");

        assertThat(first.getEncoded()).hasSize(32);
        assertThat(first.getEncoded()).isNotEqualTo(second.getEncoded());
    }
}
