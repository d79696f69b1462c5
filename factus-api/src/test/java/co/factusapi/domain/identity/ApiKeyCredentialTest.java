package co.factusapi.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApiKeyCredentialTest {

    @Test
    void generatedKeyHasTheDocumentedShapeAndParsesBack() {
        ApiKeyCredential credential = ApiKeyCredential.generate(new SecureRandom());

        assertThat(credential.plainText()).matches("fak_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyCredential.parse(credential.plainText())).contains(credential);
    }

    @Test
    void twoGeneratedKeysDiffer() {
        SecureRandom random = new SecureRandom();

        assertThat(ApiKeyCredential.generate(random)).isNotEqualTo(ApiKeyCredential.generate(random));
    }

    @Test
    void secretsWithUnderscoresStillParse() {
        ApiKeyCredential credential = new ApiKeyCredential("abcd1234", "_".repeat(43));

        assertThat(ApiKeyCredential.parse(credential.plainText())).contains(credential);
    }

    @Test
    void textThatIsNotOneOfOurKeysDoesNotParse() {
        assertThat(ApiKeyCredential.parse(null)).isEmpty();
        assertThat(ApiKeyCredential.parse("")).isEmpty();
        assertThat(ApiKeyCredential.parse("Bearer abc")).isEmpty();
        assertThat(ApiKeyCredential.parse("fak_ABCD1234_" + "a".repeat(43))).isEmpty();
        assertThat(ApiKeyCredential.parse("fak_abcd1234_" + "a".repeat(42))).isEmpty();
    }

    @Test
    void hashIsSha256HexOfTheSecretAndMatchesOnlyThatSecret() {
        ApiKeyCredential credential = ApiKeyCredential.generate(new Random(7));
        ApiKeyCredential other = new ApiKeyCredential(credential.publicId(), "b".repeat(43));

        assertThat(credential.secretHash()).matches("[0-9a-f]{64}").doesNotContain(credential.secret());
        assertThat(credential.matchesHash(credential.secretHash())).isTrue();
        assertThat(other.matchesHash(credential.secretHash())).isFalse();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        ApiKeyCredential credential = ApiKeyCredential.generate(new SecureRandom());

        assertThat(credential.toString()).contains(credential.publicId()).doesNotContain(credential.secret());
    }

    @Test
    void rejectsMalformedParts() {
        assertThatThrownBy(() -> new ApiKeyCredential("short", "a".repeat(43)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
