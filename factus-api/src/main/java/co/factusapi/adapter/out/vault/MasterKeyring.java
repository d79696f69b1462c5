package co.factusapi.adapter.out.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 master keys of the vault: the current key, which seals, and older keys, which still open what they
 * sealed until a rotation has re-sealed it. A key's id is the first {@value #KEY_ID_HEX_CHARS} hex characters of the
 * SHA-256 of its bytes, so nothing but the keys themselves needs storing.
 *
 * <p>{@link #load(Sources)} takes the keys from, in this order:
 * <ol>
 *   <li>{@value #MASTER_KEY_VARIABLE} (the current key, base64 of 32 bytes) with
 *       {@value #PREVIOUS_MASTER_KEYS_VARIABLE} (comma-separated older keys);</li>
 *   <li>{@value #KEY_FILE_VARIABLE}: a file with one base64 key per line, the last line being the current key;</li>
 *   <li>neither: on the embedded H2 file database a key file {@value #GENERATED_KEY_FILE} generated in the data
 *       directory on the first start (owner-only), on an in-memory database a random key for the life of the
 *       process, and on a database server nothing: it refuses to start, since a lost generated key would make every
 *       stored secret unreadable.</li>
 * </ol>
 * Every failure is a {@link VaultException} naming the variable or file at fault, never a key. Key files must be
 * accessible by their owner only on POSIX file systems.
 */
public final class MasterKeyring {
    public static final int KEY_BYTES = 32;
    public static final int KEY_ID_HEX_CHARS = 16;
    public static final String MASTER_KEY_VARIABLE = "FACTUS_API_MASTER_KEY";
    public static final String PREVIOUS_MASTER_KEYS_VARIABLE = "FACTUS_API_PREVIOUS_MASTER_KEYS";
    public static final String KEY_FILE_VARIABLE = "FACTUS_API_VAULT_KEY_FILE";
    public static final String GENERATED_KEY_FILE = "master.key";

    private static final Logger log = LoggerFactory.getLogger(MasterKeyring.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String MAKE_ONE = "make one with: openssl rand -base64 32";
    private static final String CONFIGURED_FILE = "the vault key file (" + KEY_FILE_VARIABLE + ")";
    private static final String GENERATED_FILE = "the generated vault key file";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether a key may be made when none is configured, decided by the database the service uses. */
    public enum Generation {
        /** A database server: its data outlives this host, so the key must be configured. */
        REFUSED,
        /** An in-memory database: nothing outlives the process, so a random key for the process is enough. */
        IN_MEMORY,
        /** The embedded H2 file database: a key file is generated in the data directory on the first start. */
        KEY_FILE
    }

    /**
     * Where the keys may come from.
     *
     * @param masterKey          base64 of the current key; blank or null = not set
     * @param previousMasterKeys base64 of older keys (entries may themselves be comma-separated); null = none
     * @param keyFile            a key file; null = not set
     * @param generation         what to do when neither a master key nor a key file is set
     * @param dataDirectory      where {@value #GENERATED_KEY_FILE} is generated ({@link Generation#KEY_FILE} only)
     */
    public record Sources(String masterKey, List<String> previousMasterKeys, Path keyFile, Generation generation,
                          Path dataDirectory) {
        public Sources {
            masterKey = masterKey == null ? "" : masterKey.strip();
            previousMasterKeys = previousMasterKeys == null ? List.of() : previousMasterKeys.stream()
                    .filter(Objects::nonNull).flatMap(entry -> Arrays.stream(entry.split(",")))
                    .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
            Objects.requireNonNull(generation, "generation");
            if (generation == Generation.KEY_FILE) {
                Objects.requireNonNull(dataDirectory, "dataDirectory");
            }
        }

        @Override
        public String toString() {
            return "Sources[masterKey=" + (masterKey.isEmpty() ? "unset" : "***") + ", previousMasterKeys="
                    + previousMasterKeys.size() + ", keyFile=" + keyFile + ", generation=" + generation
                    + ", dataDirectory=" + dataDirectory + "]";
        }
    }

    /** A key and its id. */
    record Key(String id, SecretKey secretKey) {
        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private record Snapshot(Key current, Map<String, Key> keys) {
    }

    private final String origin;
    private final Path keyFile;
    private final String keyFileName;
    private volatile Snapshot snapshot;

    private MasterKeyring(String origin, Path keyFile, String keyFileName, Snapshot snapshot) {
        this.origin = origin;
        this.keyFile = keyFile;
        this.keyFileName = keyFileName;
        this.snapshot = snapshot;
    }

    /** Loads the keys from the first source that is set (see the class comment). */
    public static MasterKeyring load(Sources sources) {
        boolean masterKey = !sources.masterKey().isEmpty();
        if (masterKey && sources.keyFile() != null) {
            throw new VaultException("Both " + MASTER_KEY_VARIABLE + " and " + KEY_FILE_VARIABLE + " are set: set "
                    + "one of them (a key file lists older keys on its earlier lines)");
        }
        if (!masterKey && !sources.previousMasterKeys().isEmpty()) {
            throw new VaultException(PREVIOUS_MASTER_KEYS_VARIABLE + " is set without " + MASTER_KEY_VARIABLE
                    + ": previous keys only open old values beside a current master key");
        }
        if (masterKey) {
            byte[] current = decodeKey(sources.masterKey(), MASTER_KEY_VARIABLE);
            List<byte[]> previous = new ArrayList<>();
            for (int i = 0; i < sources.previousMasterKeys().size(); i++) {
                previous.add(decodeKey(sources.previousMasterKeys().get(i),
                        "Entry " + (i + 1) + " of " + PREVIOUS_MASTER_KEYS_VARIABLE));
            }
            return new MasterKeyring(MASTER_KEY_VARIABLE, null, null, snapshot(current, previous));
        }
        if (sources.keyFile() != null) {
            return new MasterKeyring(CONFIGURED_FILE + " " + sources.keyFile(), sources.keyFile(), CONFIGURED_FILE,
                    readKeyFile(sources.keyFile(), CONFIGURED_FILE));
        }
        return switch (sources.generation()) {
            case KEY_FILE -> generatedKeyFile(sources.dataDirectory().resolve(GENERATED_KEY_FILE));
            case IN_MEMORY -> {
                log.info("No vault master key is configured and the database is in memory: sealing secrets with a "
                        + "random key that lives as long as the process");
                yield new MasterKeyring("a random in-memory key", null, null, snapshot(randomKey(), List.of()));
            }
            case REFUSED -> throw new VaultException("No vault master key is configured. With a database server the "
                    + "service does not generate one (a lost key would leave every stored secret unreadable): set "
                    + MASTER_KEY_VARIABLE + " to the base64 of 32 random bytes (" + MAKE_ONE + "), or "
                    + KEY_FILE_VARIABLE + " to a file holding one such key per line");
        };
    }

    /** A keyring of the given keys (32 bytes each): the first seals, all open. */
    public static MasterKeyring of(byte[] current, byte[]... previous) {
        for (byte[] key : previous) {
            requireKeyLength(key, "A previous key");
        }
        requireKeyLength(current, "The current key");
        return new MasterKeyring("keys given in code", null, null,
                snapshot(current.clone(), Arrays.stream(previous).map(byte[]::clone).toList()));
    }

    /** The id of a key: the first {@value #KEY_ID_HEX_CHARS} hex characters of the SHA-256 of its bytes. */
    public static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest).substring(0, KEY_ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Generates a random key and appends it to {@code keyFile} as its new last line, the new current key; the
     * earlier keys stay readable. The file is rewritten atomically and stays owner-only (0600); it is created when
     * missing. The running keyring does not see the new key until {@link #reload()} (or {@link #rotate()}, which does
     * both). One rotation at a time.
     *
     * @return the new key's id
     */
    public static String appendNewKey(Path keyFile) {
        String existing = "";
        if (Files.exists(keyFile)) {
            requireOwnerOnly(keyFile, "The vault key file");
            existing = read(keyFile, "The vault key file");
            decodeKeyLines(existing.lines().toList(), "the vault key file " + keyFile);
            if (!existing.isEmpty() && !existing.endsWith("\n")) {
                existing += "\n";
            }
        }
        byte[] key = randomKey();
        String id = keyId(key);
        try {
            writeOwnerOnly(keyFile, existing + Base64.getEncoder().encodeToString(key) + "\n", true);
        } catch (IOException e) {
            throw new VaultException("Cannot write the vault key file " + keyFile + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        log.info("Appended vault master key {} to {}: it seals from now on", id, keyFile.toAbsolutePath());
        return id;
    }

    /**
     * Appends a new key to the key file this keyring was loaded from and switches to it.
     *
     * @return the new current key's id
     * @throws VaultException when the keys come from {@value #MASTER_KEY_VARIABLE} or memory, not from a key file
     */
    public synchronized String rotate() {
        if (keyFile == null) {
            throw new VaultException("The vault keys come from " + origin + ", not from a key file: rotate by setting "
                    + "a new key as " + MASTER_KEY_VARIABLE + " (" + MAKE_ONE + ") with the old one in "
                    + PREVIOUS_MASTER_KEYS_VARIABLE + " and restarting");
        }
        appendNewKey(keyFile);
        reload();
        return currentKeyId();
    }

    /** Reads the key file again (a no-op for keys from the environment or memory); the old keys stay on failure. */
    public synchronized void reload() {
        if (keyFile != null) {
            snapshot = readKeyFile(keyFile, keyFileName);
        }
    }

    public String currentKeyId() {
        return snapshot.current().id();
    }

    /** The ids of every key, the current one first. */
    public List<String> keyIds() {
        return List.copyOf(snapshot.keys().keySet());
    }

    public boolean contains(String keyId) {
        return snapshot.keys().containsKey(keyId);
    }

    /** The key file the keys come from, if they come from one (configured or generated). */
    public Optional<Path> keyFile() {
        return Optional.ofNullable(keyFile);
    }

    /** Where the keys come from, for people: a variable name, a file path, or "a random in-memory key". */
    public String origin() {
        return origin;
    }

    Key current() {
        return snapshot.current();
    }

    Optional<SecretKey> find(String keyId) {
        return Optional.ofNullable(snapshot.keys().get(keyId)).map(Key::secretKey);
    }

    @Override
    public String toString() {
        return "MasterKeyring[current=" + currentKeyId() + ", keys=" + keyIds() + ", from " + origin + "]";
    }

    private static MasterKeyring generatedKeyFile(Path file) {
        if (!Files.exists(file)) {
            byte[] key = randomKey();
            try {
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(key) + "\n", false);
                log.info("Generated the vault master key in {} (owner-only). Back it up with the database: without it "
                        + "the stored secrets cannot be read. Set {} or {} to manage the key yourself.",
                        file.toAbsolutePath(), MASTER_KEY_VARIABLE, KEY_FILE_VARIABLE);
            } catch (FileAlreadyExistsException anotherStartWasFirst) {
                log.debug("{} was generated by another start meanwhile", file);
            } catch (IOException e) {
                throw new VaultException("Cannot generate the vault key file " + file.toAbsolutePath() + ": "
                        + e.getMessage() + ". Make the data directory writable, or set " + MASTER_KEY_VARIABLE
                        + " or " + KEY_FILE_VARIABLE, e);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        return new MasterKeyring(GENERATED_FILE + " " + file, file, GENERATED_FILE, readKeyFile(file, GENERATED_FILE));
    }

    private static Snapshot readKeyFile(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException(capitalized(name) + " " + file + " does not exist or is not a regular file");
        }
        requireOwnerOnly(file, capitalized(name));
        List<byte[]> keys = decodeKeyLines(read(file, capitalized(name)).lines().toList(), name + " " + file);
        if (keys.isEmpty()) {
            throw new VaultException(capitalized(name) + " " + file + " holds no key: write one base64 key of 32 bytes "
                    + "per line, the last line being the current key (" + MAKE_ONE + ")");
        }
        return snapshot(keys.getLast(), keys.subList(0, keys.size() - 1).reversed());
    }

    /** Blank lines and lines starting with {@code #} are skipped. */
    private static List<byte[]> decodeKeyLines(List<String> lines, String where) {
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                keys.add(decodeKey(line, "Line " + (i + 1) + " of " + where));
            }
        }
        return keys;
    }

    private static String read(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new VaultException(name + " " + file + " cannot be read as base64 text: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** The message names where the value came from, never the value (not even the decoder's message quoting it). */
    private static byte[] decodeKey(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new VaultException(where + " is not base64: a master key is the base64 of 32 random bytes ("
                    + MAKE_ONE + ")");
        }
        requireKeyLength(key, where);
        return key;
    }

    private static void requireKeyLength(byte[] key, String what) {
        if (key.length != KEY_BYTES) {
            throw new VaultException(what + " must be the base64 of exactly " + KEY_BYTES + " bytes (AES-256) but is "
                    + key.length + " bytes long (" + MAKE_ONE + ")");
        }
    }

    private static Snapshot snapshot(byte[] current, List<byte[]> older) {
        Map<String, Key> keys = new LinkedHashMap<>();
        Key currentKey = key(current);
        keys.put(currentKey.id(), currentKey);
        for (byte[] bytes : older) {
            Key key = key(bytes);
            Key same = keys.putIfAbsent(key.id(), key);
            if (same != null && !MessageDigest.isEqual(same.secretKey().getEncoded(), bytes)) {
                throw new VaultException("Two different master keys have the id " + key.id() + "; replace one of them");
            }
        }
        Arrays.fill(current, (byte) 0);
        older.forEach(bytes -> Arrays.fill(bytes, (byte) 0));
        return new Snapshot(currentKey, Collections.unmodifiableMap(keys));
    }

    private static Key key(byte[] bytes) {
        return new Key(keyId(bytes), new SecretKeySpec(bytes, "AES"));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private static void requireOwnerOnly(Path file, String name) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return;
        } catch (IOException e) {
            throw new VaultException(name + " " + file + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new VaultException(name + " " + file + " is accessible to other users than its owner ("
                    + PosixFilePermissions.toString(permissions) + "): allow its owner only, e.g. chmod 600 " + file);
        }
    }

    /**
     * Writes {@code content} to a new owner-only file beside {@code target} (created with those permissions, never
     * readable by others even briefly), flushes it to disk, then puts it in place: replacing {@code target}
     * atomically, or, when {@code replace} is false, only if {@code target} does not exist yet
     * ({@link FileAlreadyExistsException} otherwise).
     */
    private static void writeOwnerOnly(Path target, String content, boolean replace) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        String prefix = "." + target.getFileName() + "-";
        Path temporary = Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)
                ? Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, prefix, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                putInPlaceUnlessPresent(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A hard link fails atomically when the target exists; without hard links, a move that does not replace. */
    private static void putInPlaceUnlessPresent(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException present) {
            throw present;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.move(temporary, target);
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
