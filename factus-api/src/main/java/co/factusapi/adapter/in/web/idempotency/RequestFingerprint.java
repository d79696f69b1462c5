package co.factusapi.adapter.in.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of method, path and canonical body: a JSON body is re-written with sorted properties and no whitespace,
 * so a client that re-serialises the same object in another property order is not refused as a different request.
 */
final class RequestFingerprint {
    private final JsonMapper canonicalJson;

    RequestFingerprint(JsonMapper jsonMapper) {
        this.canonicalJson = jsonMapper.rebuild().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    }

    String of(String method, String path, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
        sha256.update(canonical(body));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private byte[] canonical(byte[] body) {
        try {
            JsonNode tree = canonicalJson.readTree(body);
            return tree == null || tree.isMissingNode() ? body : canonicalJson.writeValueAsBytes(tree);
        } catch (JacksonException e) {
            return body;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
