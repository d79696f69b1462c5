package co.factusapi.adapter.out.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.vault.SealedSecret;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretVaultTest {
    private static final byte[] OLD_KEY = filled(1);
    private static final byte[] NEW_KEY = filled(2);

    private final AesGcmSecretVault vault = new AesGcmSecretVault(MasterKeyring.of(NEW_KEY));

    @Test
    void opensWhatItSealed() {
        for (String plaintext : new String[] {"factus-client-secret", "", "contraseña ñandú €"}) {
            SealedSecret sealed = vault.seal(plaintext);

            assertThat(sealed.keyId()).isEqualTo(MasterKeyring.keyId(NEW_KEY)).isEqualTo(vault.currentKeyId());
            assertThat(vault.open(sealed)).isEqualTo(plaintext);
            assertThat(vault.open(SealedSecret.parse(sealed.stored()))).isEqualTo(plaintext);
        }
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        SealedSecret first = vault.seal("same secret");
        SealedSecret second = vault.seal("same secret");

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(Base64.getDecoder().decode(first.ciphertext())).hasSize(12 + "same secret".length() + 16);
    }

    @Test
    void anAlteredCiphertextFailsItsIntegrityCheck() {
        SealedSecret sealed = vault.seal("factus-client-secret");
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        for (int position : new int[] {0, 12, bytes.length - 1}) {
            byte[] altered = bytes.clone();
            altered[position] ^= 1;
            SealedSecret tampered = new SealedSecret(sealed.keyId(), Base64.getEncoder().encodeToString(altered));

            assertThatThrownBy(() -> vault.open(tampered)).isInstanceOf(VaultException.class)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("integrity");
        }
    }

    @Test
    void aValueUnderAnotherKeyWithTheSameIdDoesNotOpen() {
        AesGcmSecretVault both = new AesGcmSecretVault(MasterKeyring.of(NEW_KEY, OLD_KEY));
        SealedSecret underOld = new AesGcmSecretVault(MasterKeyring.of(OLD_KEY)).seal("secret");
        SealedSecret mislabelled = new SealedSecret(MasterKeyring.keyId(NEW_KEY), underOld.ciphertext());

        assertThatThrownBy(() -> both.open(mislabelled)).isInstanceOf(VaultException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void aValueUnderAKeyTheKeyringDoesNotHoldFailsNamingTheKeyId() {
        SealedSecret underOld = new AesGcmSecretVault(MasterKeyring.of(OLD_KEY)).seal("secret");

        assertThat(vault.canOpen(underOld.keyId())).isFalse();
        assertThatThrownBy(() -> vault.open(underOld)).isInstanceOf(VaultException.class)
                .hasMessageContaining(underOld.keyId()).hasMessageContaining(MasterKeyring.PREVIOUS_MASTER_KEYS_VARIABLE);
    }

    @Test
    void previousKeysOpenOldValuesWhileTheCurrentKeySeals() {
        SealedSecret underOld = new AesGcmSecretVault(MasterKeyring.of(OLD_KEY)).seal("old secret");
        AesGcmSecretVault rotated = new AesGcmSecretVault(MasterKeyring.of(NEW_KEY, OLD_KEY));

        assertThat(rotated.open(underOld)).isEqualTo("old secret");
        assertThat(rotated.canOpen(MasterKeyring.keyId(OLD_KEY))).isTrue();
        assertThat(rotated.isUnderCurrentKey(underOld)).isFalse();
        SealedSecret resealed = rotated.seal(rotated.open(underOld));
        assertThat(resealed.keyId()).isEqualTo(MasterKeyring.keyId(NEW_KEY));
        assertThat(rotated.isUnderCurrentKey(resealed)).isTrue();
        assertThat(vault.open(resealed)).as("the new key alone opens it").isEqualTo("old secret");
    }

    @Test
    void aContextBindsAValueToWhereItIsStored() {
        SealedSecret sealed = vault.seal("client secret", "tenant:42/client_secret");

        assertThat(vault.open(sealed, "tenant:42/client_secret")).isEqualTo("client secret");
        assertThatThrownBy(() -> vault.open(sealed, "tenant:43/client_secret")).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> vault.open(sealed)).isInstanceOf(VaultException.class);
        assertThat(vault.open(vault.seal("plain"), "")).as("no context is the empty context").isEqualTo("plain");
        assertThat(vault.open(vault.seal("plain", ""))).isEqualTo("plain");
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        assertThat(vault.toString()).contains(MasterKeyring.keyId(NEW_KEY))
                .doesNotContain(Base64.getEncoder().encodeToString(NEW_KEY));
    }

    private static byte[] nonce(SealedSecret sealed) {
        return Arrays.copyOf(Base64.getDecoder().decode(sealed.ciphertext()), 12);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
