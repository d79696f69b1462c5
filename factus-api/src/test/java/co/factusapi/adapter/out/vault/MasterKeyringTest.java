package co.factusapi.adapter.out.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.out.vault.MasterKeyring.Generation;
import co.factusapi.adapter.out.vault.MasterKeyring.Sources;
import co.factusapi.domain.vault.SealedSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyringTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path directory;

    @Test
    void aKeyIdIsTheStartOfTheKeysSha256() {
        byte[] key = randomKey();

        assertThat(MasterKeyring.keyId(key)).hasSize(16).matches("[0-9a-f]{16}")
                .isEqualTo(MasterKeyring.keyId(key.clone()))
                .isNotEqualTo(MasterKeyring.keyId(randomKey()));
        // SHA-256 of 32 zero bytes: 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
        assertThat(MasterKeyring.keyId(new byte[32])).isEqualTo("66687aadf862bd77");
    }

    @Test
    void theMasterKeySealsAndThePreviousKeysStillOpen() {
        String current = base64(randomKey());
        String older = base64(randomKey());
        String oldest = base64(randomKey());

        MasterKeyring keyring = MasterKeyring.load(sources(current, List.of(older + ", " + oldest), null,
                Generation.REFUSED));

        assertThat(keyring.currentKeyId()).isEqualTo(id(current));
        assertThat(keyring.keyIds()).containsExactly(id(current), id(older), id(oldest));
        assertThat(keyring.contains(id(oldest))).isTrue();
        assertThat(keyring.keyFile()).isEmpty();
        assertThat(keyring.origin()).isEqualTo("FACTUS_API_MASTER_KEY");
        assertThat(keyring.toString()).doesNotContain(current, older, oldest);
    }

    @Test
    void aMasterKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        String value = "this-is-not-base64-but-a-password!";

        assertThatThrownBy(() -> MasterKeyring.load(sources(value, List.of(), null, Generation.KEY_FILE)))
                .isInstanceOf(VaultException.class).hasMessageContaining("FACTUS_API_MASTER_KEY")
                .hasMessageContaining("base64").hasMessageNotContaining(value).hasNoCause();
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
        for (int length : new int[] {16, 31, 33, 64}) {
            String value = base64(new byte[length]);

            assertThatThrownBy(() -> MasterKeyring.load(sources(value, List.of(), null, Generation.KEY_FILE)))
                    .isInstanceOf(VaultException.class).hasMessageContaining("FACTUS_API_MASTER_KEY")
                    .hasMessageContaining("32 bytes").hasMessageNotContaining(value);
        }
    }

    @Test
    void aBadPreviousKeyIsNamedByItsPosition() {
        String bad = base64(new byte[20]);

        assertThatThrownBy(() -> MasterKeyring.load(sources(base64(randomKey()),
                List.of(base64(randomKey()), bad), null, Generation.REFUSED)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("Entry 2 of FACTUS_API_PREVIOUS_MASTER_KEYS").hasMessageNotContaining(bad);
    }

    @Test
    void previousKeysWithoutAMasterKeyOrTwoSourcesAreRefused() throws IOException {
        Path file = keyFile(base64(randomKey()));

        assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(base64(randomKey())), null,
                Generation.KEY_FILE))).isInstanceOf(VaultException.class)
                .hasMessageContaining("FACTUS_API_PREVIOUS_MASTER_KEYS is set without FACTUS_API_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyring.load(sources(base64(randomKey()), List.of(), file,
                Generation.KEY_FILE))).isInstanceOf(VaultException.class)
                .hasMessageContaining("FACTUS_API_MASTER_KEY").hasMessageContaining("FACTUS_API_VAULT_KEY_FILE");
    }

    @Test
    void theLastLineOfAKeyFileIsTheCurrentKey() throws IOException {
        String first = base64(randomKey());
        String second = base64(randomKey());
        String last = base64(randomKey());
        Path file = keyFile("# vault keys, oldest first\n" + first + "\n\n  " + second + "  \n" + last);

        MasterKeyring keyring = MasterKeyring.load(sources("", List.of(), file, Generation.REFUSED));

        assertThat(keyring.currentKeyId()).isEqualTo(id(last));
        assertThat(keyring.keyIds()).containsExactly(id(last), id(second), id(first));
        assertThat(keyring.keyFile()).contains(file);
    }

    @Test
    void aBadLineOfAKeyFileIsNamedByItsNumberNotItsValue() throws IOException {
        String bad = base64(new byte[24]);
        Path file = keyFile(base64(randomKey()) + "\n" + bad + "\n");

        assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(), file, Generation.REFUSED)))
                .isInstanceOf(VaultException.class).hasMessageContaining("Line 2 of the vault key file")
                .hasMessageNotContaining(bad);
    }

    @Test
    void anEmptyOrMissingKeyFileIsRefused() throws IOException {
        Path empty = keyFile("# nothing yet\n");

        assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(), empty, Generation.KEY_FILE)))
                .isInstanceOf(VaultException.class).hasMessageContaining("holds no key");
        assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(), directory.resolve("absent.key"),
                Generation.KEY_FILE))).isInstanceOf(VaultException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aKeyFileOtherUsersMayReadIsRefused() throws IOException {
        assumePosix();
        Path file = keyFile(base64(randomKey()));
        for (String permissions : new String[] {"rw-r-----", "rw----r--", "rw-rw----"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

            assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(), file, Generation.REFUSED)))
                    .isInstanceOf(VaultException.class).hasMessageContaining(permissions)
                    .hasMessageContaining("chmod 600");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(MasterKeyring.load(sources("", List.of(), file, Generation.REFUSED)).keyIds()).hasSize(1);
    }

    @Test
    void onTheEmbeddedDatabaseAnOwnerOnlyKeyFileIsGeneratedOnceAndReused() throws IOException {
        Path dataDirectory = directory.resolve("data");

        MasterKeyring first = MasterKeyring.load(sources("", List.of(), null, Generation.KEY_FILE, dataDirectory));
        Path generated = dataDirectory.resolve("master.key");

        assertThat(first.keyFile()).contains(generated);
        assertThat(Files.readAllLines(generated)).hasSize(1)
                .allSatisfy(line -> assertThat(Base64.getDecoder().decode(line)).hasSize(32));
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generated))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dataDirectory)) {
            assertThat(files).as("no temporary file left").containsExactly(generated);
        }
        SealedSecret sealed = new AesGcmSecretVault(first).seal("kept across restarts");

        MasterKeyring second = MasterKeyring.load(sources("", List.of(), null, Generation.KEY_FILE, dataDirectory));

        assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(new AesGcmSecretVault(second).open(sealed)).isEqualTo("kept across restarts");
    }

    @Test
    void onADatabaseServerNoKeyIsGenerated() {
        Path dataDirectory = directory.resolve("data");

        assertThatThrownBy(() -> MasterKeyring.load(sources("", List.of(), null, Generation.REFUSED, dataDirectory)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("FACTUS_API_MASTER_KEY").hasMessageContaining("FACTUS_API_VAULT_KEY_FILE");
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void onAnInMemoryDatabaseAKeyLivesAsLongAsTheProcess() {
        MasterKeyring one = MasterKeyring.load(sources("", List.of(), null, Generation.IN_MEMORY));
        MasterKeyring other = MasterKeyring.load(sources("", List.of(), null, Generation.IN_MEMORY));

        assertThat(one.currentKeyId()).isNotEqualTo(other.currentKeyId());
        assertThat(one.keyFile()).isEmpty();
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void appendingANewKeyMakesItCurrentAndKeepsTheOldOnesReadable() throws IOException {
        String old = base64(randomKey());
        Path file = keyFile("# keys\n" + old);
        SealedSecret underOld = new AesGcmSecretVault(load(file)).seal("rotate me");

        String newId = MasterKeyring.appendNewKey(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).startsWith("# keys", old);
        assertThat(MasterKeyring.keyId(Base64.getDecoder().decode(lines.getLast()))).isEqualTo(newId);
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        AesGcmSecretVault rotated = new AesGcmSecretVault(load(file));
        assertThat(rotated.currentKeyId()).isEqualTo(newId);
        assertThat(rotated.open(underOld)).isEqualTo("rotate me");
        assertThat(rotated.seal("new").keyId()).isEqualTo(newId);
    }

    @Test
    void appendingToAMissingKeyFileCreatesIt() throws IOException {
        Path file = directory.resolve("keys/vault.keys");

        String id = MasterKeyring.appendNewKey(file);

        assertThat(load(file).keyIds()).containsExactly(id);
    }

    @Test
    void rotatingAKeyFileKeyringSwitchesTheRunningVault() throws IOException {
        Path file = keyFile(base64(randomKey()));
        MasterKeyring keyring = load(file);
        AesGcmSecretVault vault = new AesGcmSecretVault(keyring);
        SealedSecret before = vault.seal("client secret");

        String newId = keyring.rotate();

        assertThat(vault.currentKeyId()).isEqualTo(newId).isNotEqualTo(before.keyId());
        assertThat(vault.isUnderCurrentKey(before)).isFalse();
        assertThat(vault.open(before)).isEqualTo("client secret");
        assertThat(keyring.keyIds()).containsExactly(newId, before.keyId());
    }

    @Test
    void keysFromTheEnvironmentAreRotatedByRestartingWithNewVariables() {
        MasterKeyring keyring = MasterKeyring.load(sources(base64(randomKey()), List.of(), null, Generation.REFUSED));

        assertThatThrownBy(keyring::rotate).isInstanceOf(VaultException.class)
                .hasMessageContaining("FACTUS_API_PREVIOUS_MASTER_KEYS");
    }

    @Test
    void keysGivenInCodeMustHave32Bytes() {
        assertThatThrownBy(() -> MasterKeyring.of(new byte[16])).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> MasterKeyring.of(randomKey(), new byte[31])).isInstanceOf(VaultException.class);
    }

    @Test
    void sourcesNeverShowTheKeys() {
        String key = base64(randomKey());

        assertThat(sources(key, List.of(key), null, Generation.REFUSED).toString()).doesNotContain(key);
    }

    private MasterKeyring load(Path file) {
        return MasterKeyring.load(sources("", List.of(), file, Generation.REFUSED));
    }

    private Sources sources(String masterKey, List<String> previous, Path keyFile, Generation generation) {
        return sources(masterKey, previous, keyFile, generation, directory.resolve("data"));
    }

    private static Sources sources(String masterKey, List<String> previous, Path keyFile, Generation generation,
                                   Path dataDirectory) {
        return new Sources(masterKey, previous, keyFile, generation, dataDirectory);
    }

    private Path keyFile(String content) throws IOException {
        Path file = Files.createTempFile(directory, "vault", ".keys");
        Files.writeString(file, content);
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private boolean posix() throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private void assumePosix() throws IOException {
        Assumptions.assumeTrue(posix(), "POSIX file permissions");
    }

    private static String id(String base64) {
        return MasterKeyring.keyId(Base64.getDecoder().decode(base64));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
