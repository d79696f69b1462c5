package co.factusapi.config;

import co.factusapi.adapter.out.vault.AesGcmSecretVault;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.application.port.out.SecretVault;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The vault sealing tenant secrets: its master keyring and the AES-GCM adapter. A key is generated only on the
 * embedded H2 database (a file in the data directory, or a per-process key for an in-memory database); with a
 * database server the key must be configured, or the service does not start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaultProperties.class)
public class VaultConfig {
    static final String DATA_DIR_VARIABLE = "FACTUS_API_DATA_DIR";
    static final String DEFAULT_DATA_DIR = "./data";

    @Bean
    MasterKeyring masterKeyring(VaultProperties properties, Environment environment) {
        VaultProperties settings = properties.withShortVariables(environment::getProperty);
        String dataDirectory = environment.getProperty(DATA_DIR_VARIABLE, "");
        return MasterKeyring.load(new MasterKeyring.Sources(settings.masterKey(), settings.previousMasterKeys(),
                settings.keyFile().isEmpty() ? null : Path.of(settings.keyFile()),
                generation(environment.getProperty("spring.datasource.url")),
                Path.of(dataDirectory.isBlank() ? DEFAULT_DATA_DIR : dataDirectory.strip())));
    }

    @Bean
    SecretVault secretVault(MasterKeyring masterKeyring) {
        return new AesGcmSecretVault(masterKeyring);
    }

    /** H2 in a file: a key file beside it; H2 in memory: a key for the process; anything else: configure a key. */
    static MasterKeyring.Generation generation(String datasourceUrl) {
        if (datasourceUrl == null) {
            return MasterKeyring.Generation.REFUSED;
        }
        if (datasourceUrl.startsWith("jdbc:h2:file:")) {
            return MasterKeyring.Generation.KEY_FILE;
        }
        if (datasourceUrl.startsWith("jdbc:h2:mem:")) {
            return MasterKeyring.Generation.IN_MEMORY;
        }
        return MasterKeyring.Generation.REFUSED;
    }
}
