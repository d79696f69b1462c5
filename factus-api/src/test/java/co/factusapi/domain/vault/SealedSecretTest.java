package co.factusapi.domain.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedSecretTest {
    /** 12-byte nonce + 16-byte tag: the shortest valid value (an empty plaintext). */
    private static final String SHORTEST = Base64.getEncoder().encodeToString(new byte[28]);
    private static final String LONGER = Base64.getEncoder().encodeToString(new byte[40]);

    @Test
    void holdsAKeyIdAndTheBase64OfNonceCiphertextAndTag() {
        SealedSecret sealed = new SealedSecret("0123456789abcdef", SHORTEST);

        assertThat(sealed.keyId()).isEqualTo("0123456789abcdef");
        assertThat(sealed.ciphertext()).isEqualTo(SHORTEST);
    }

    @Test
    void theSingleColumnFormReadsBack() {
        SealedSecret sealed = new SealedSecret("a1b2c3d4", LONGER);

        assertThat(sealed.stored()).isEqualTo("a1b2c3d4:" + LONGER);
        assertThat(SealedSecret.parse(sealed.stored())).isEqualTo(sealed);
    }

    @Test
    void toStringNeverShowsTheCiphertext() {
        assertThat(new SealedSecret("a1b2c3d4", LONGER).toString()).doesNotContain(LONGER).contains("a1b2c3d4");
    }

    @Test
    void aKeyIdIsShortAndCannotHoldTheSeparator() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret(" ", SHORTEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret(null, SHORTEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("0123456789abcdef0", SHORTEST))
                .withMessageContaining("16");
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("a:b", SHORTEST));
    }

    @Test
    void theCiphertextIsBase64LongEnoughForNonceAndTagAndNeverQuoted() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[27]);

        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("k1", tooShort))
                .withMessageNotContaining(tooShort);
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("k1", "not*base64*value"))
                .withMessageNotContaining("not*base64*value");
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("k1", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedSecret("k1", null));
    }

    @Test
    void aStoredValueWithoutItsKeyIdIsRefusedWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> SealedSecret.parse(LONGER))
                .withMessageNotContaining(LONGER);
        assertThatIllegalArgumentException().isThrownBy(() -> SealedSecret.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> SealedSecret.parse(":" + LONGER));
    }
}
