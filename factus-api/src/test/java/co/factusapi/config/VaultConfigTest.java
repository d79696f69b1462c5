package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.adapter.out.vault.VaultException;
import co.factusapi.application.port.out.SecretVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The vault bean: which key it takes, and when it may make one, from the settings and the datasource URL. */
class VaultConfigTest {
    private static final String POSTGRES = "spring.datasource.url=jdbc:postgresql://db:5432/factus";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(VaultConfig.class);

    @TempDir
    Path directory;

    @Test
    void onADatabaseServerWithoutAKeyTheServiceDoesNotStart() {
        context.withPropertyValues(POSTGRES, "FACTUS_API_DATA_DIR=" + directory).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().isInstanceOf(VaultException.class)
                    .hasMessageContaining("FACTUS_API_MASTER_KEY").hasMessageContaining("FACTUS_API_VAULT_KEY_FILE");
        });
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void theMasterKeyComesFromItsPropertyOrTheShortVariable() {
        String key = randomKey();
        for (String setting : List.of("factus-api.vault.master-key=" + key, "FACTUS_API_MASTER_KEY=" + key)) {
            context.withPropertyValues(POSTGRES, setting).run(started -> assertThat(started.getBean(SecretVault.class)
                    .currentKeyId()).isEqualTo(MasterKeyring.keyId(Base64.getDecoder().decode(key))));
        }
    }

    @Test
    void previousKeysComeFromTheShortVariableCommaSeparated() {
        String older = randomKey();
        String oldest = randomKey();
        context.withPropertyValues(POSTGRES, "FACTUS_API_MASTER_KEY=" + randomKey(),
                "FACTUS_API_PREVIOUS_MASTER_KEYS=" + older + "," + oldest).run(started -> {
            SecretVault vault = started.getBean(SecretVault.class);
            assertThat(vault.canOpen(MasterKeyring.keyId(Base64.getDecoder().decode(older)))).isTrue();
            assertThat(vault.canOpen(MasterKeyring.keyId(Base64.getDecoder().decode(oldest)))).isTrue();
        });
    }

    @Test
    void theKeyFileSettingIsRead() throws Exception {
        Path file = directory.resolve("vault.keys");
        String id = MasterKeyring.appendNewKey(file);

        context.withPropertyValues(POSTGRES, "factus-api.vault.key-file=" + file).run(started ->
                assertThat(started.getBean(SecretVault.class).currentKeyId()).isEqualTo(id));
    }

    @Test
    void onTheEmbeddedFileDatabaseAKeyIsGeneratedInTheDataDirectory() {
        context.withPropertyValues("spring.datasource.url=jdbc:h2:file:" + directory + "/factus-api;MODE=PostgreSQL",
                "FACTUS_API_DATA_DIR=" + directory).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(MasterKeyring.class).keyFile()).contains(directory.resolve("master.key"));
            assertThat(Files.exists(directory.resolve("master.key"))).isTrue();
        });
    }

    @Test
    void theDatasourceUrlDecidesWhetherAKeyMayBeMade() {
        assertThat(VaultConfig.generation("jdbc:h2:file:./data/factus-api;MODE=PostgreSQL"))
                .isEqualTo(MasterKeyring.Generation.KEY_FILE);
        assertThat(VaultConfig.generation("jdbc:h2:mem:factus")).isEqualTo(MasterKeyring.Generation.IN_MEMORY);
        assertThat(VaultConfig.generation("jdbc:postgresql://db/factus")).isEqualTo(MasterKeyring.Generation.REFUSED);
        assertThat(VaultConfig.generation(null)).isEqualTo(MasterKeyring.Generation.REFUSED);
    }

    @Test
    void theSettingsNeverShowAKey() {
        String key = randomKey();
        VaultProperties properties = new VaultProperties(key, List.of(key), "");

        assertThat(properties.toString()).doesNotContain(key).contains("***");
        assertThat(new VaultProperties(null, List.of(), null).toString()).contains("unset");
    }

    @Test
    void theShortVariablesFillOnlyWhatIsUnset() {
        Map<String, String> variables = Map.of("FACTUS_API_MASTER_KEY", "short", "FACTUS_API_PREVIOUS_MASTER_KEYS",
                "a,b");

        VaultProperties unset = new VaultProperties("", List.of(), "").withShortVariables(variables::get);
        VaultProperties set = new VaultProperties("long", List.of("c"), "").withShortVariables(variables::get);

        assertThat(List.of(unset.masterKey(), unset.previousMasterKeys())).containsExactly("short", List.of("a,b"));
        assertThat(List.of(set.masterKey(), set.previousMasterKeys())).containsExactly("long", List.of("c"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
