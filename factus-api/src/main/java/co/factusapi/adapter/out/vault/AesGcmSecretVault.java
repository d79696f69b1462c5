package co.factusapi.adapter.out.vault;

import co.factusapi.application.port.out.SecretVault;
import co.factusapi.domain.vault.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * {@link SecretVault} with the JDK's AES/GCM/NoPadding: 256-bit keys from a {@link MasterKeyring}, a random 96-bit
 * nonce from {@link SecureRandom} per value (NIST SP 800-38D allows 2^32 random nonces per key, far more than the
 * secrets a service keeps) and a 128-bit tag. The stored bytes are {@code nonce || ciphertext || tag}; the context,
 * when given, is the GCM associated data.
 */
public final class AesGcmSecretVault implements SecretVault {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = SealedSecret.TAG_BYTES * 8;
    private static final String NO_CONTEXT = "";

    private final MasterKeyring keyring;
    private final SecureRandom random;

    public AesGcmSecretVault(MasterKeyring keyring) {
        this(keyring, new SecureRandom());
    }

    AesGcmSecretVault(MasterKeyring keyring, SecureRandom random) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public SealedSecret seal(String plaintext) {
        return seal(plaintext, NO_CONTEXT);
    }

    @Override
    public SealedSecret seal(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(context, "context");
        MasterKeyring.Key key = keyring.current();
        byte[] nonce = new byte[SealedSecret.NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            addContext(cipher, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedSecret(key.id(), Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new VaultException("cannot seal a secret with " + TRANSFORMATION + " under key " + key.id(), e);
        }
    }

    @Override
    public String open(SealedSecret sealed) {
        return open(sealed, NO_CONTEXT);
    }

    @Override
    public String open(SealedSecret sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(context, "context");
        SecretKey key = keyring.find(sealed.keyId()).orElseThrow(() -> new VaultException("a secret is sealed under key "
                + sealed.keyId() + ", which the vault keyring (" + keyring.keyIds() + ") does not hold: set the key "
                + "it was sealed with as a previous master key (" + MasterKeyring.PREVIOUS_MASTER_KEYS_VARIABLE
                + ") or keep it on an earlier line of the key file"));
        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, stored, 0, SealedSecret.NONCE_BYTES));
            addContext(cipher, context);
            byte[] plaintext = cipher.doFinal(stored, SealedSecret.NONCE_BYTES, stored.length - SealedSecret.NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new VaultException("a secret sealed under key " + sealed.keyId() + " failed its integrity check: the "
                    + "stored value was altered, the key with that id is not the one it was sealed with, or it was "
                    + "sealed for another context");
        } catch (GeneralSecurityException e) {
            throw new VaultException("cannot open a secret sealed under key " + sealed.keyId(), e);
        }
    }

    @Override
    public String currentKeyId() {
        return keyring.current().id();
    }

    @Override
    public boolean canOpen(String keyId) {
        return keyring.find(keyId).isPresent();
    }

    private static void addContext(Cipher cipher, String context) {
        if (!context.isEmpty()) {
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return "AesGcmSecretVault[" + keyring + "]";
    }
}
