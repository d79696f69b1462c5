package co.factusapi.config;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.vault.*}: the master keys that seal tenant secrets (docs/tenants.md, "The vault and key
 * rotation").
 *
 * <ul>
 *   <li>{@code master-key} (FACTUS_API_MASTER_KEY): base64 of the 32-byte current key;</li>
 *   <li>{@code previous-master-keys} (FACTUS_API_PREVIOUS_MASTER_KEYS): comma-separated older keys, still read
 *       during a rotation;</li>
 *   <li>{@code key-file} (FACTUS_API_VAULT_KEY_FILE): instead of the two above, a file with one base64 key per
 *       line, the last one current.</li>
 * </ul>
 * None set: a key generated in the data directory on the embedded H2 default, a refusal to start on a database
 * server. Relaxed binding also takes FACTUS_API_VAULT_MASTER_KEY and FACTUS_API_VAULT_PREVIOUS_MASTER_KEYS;
 * {@link #withShortVariables} adds the shorter names above. {@link #toString()} never shows a key.
 */
@ConfigurationProperties("factus-api.vault")
public record VaultProperties(String masterKey, @DefaultValue List<String> previousMasterKeys, String keyFile) {
    static final String MASTER_KEY_VARIABLE = "FACTUS_API_MASTER_KEY";
    static final String PREVIOUS_MASTER_KEYS_VARIABLE = "FACTUS_API_PREVIOUS_MASTER_KEYS";

    public VaultProperties {
        masterKey = masterKey == null ? "" : masterKey.strip();
        previousMasterKeys = List.copyOf(previousMasterKeys);
        keyFile = keyFile == null ? "" : keyFile.strip();
    }

    /**
     * Fills an unset master key and previous keys from FACTUS_API_MASTER_KEY and FACTUS_API_PREVIOUS_MASTER_KEYS,
     * the names the documentation uses (relaxed binding only knows FACTUS_API_VAULT_...).
     */
    VaultProperties withShortVariables(UnaryOperator<String> variables) {
        String shortMasterKey = variables.apply(MASTER_KEY_VARIABLE);
        String shortPreviousKeys = variables.apply(PREVIOUS_MASTER_KEYS_VARIABLE);
        return new VaultProperties(
                masterKey.isEmpty() && shortMasterKey != null ? shortMasterKey : masterKey,
                previousMasterKeys.isEmpty() && shortPreviousKeys != null ? List.of(shortPreviousKeys) : previousMasterKeys,
                keyFile);
    }

    @Override
    public String toString() {
        return "VaultProperties[masterKey=" + (masterKey.isEmpty() ? "unset" : "***") + ", previousMasterKeys="
                + previousMasterKeys.size() + " keys, keyFile=" + keyFile + "]";
    }
}
