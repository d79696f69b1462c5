package co.factusapi.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">} per secret, several
 * separated by spaces (a rotation's grace period signs with both secrets; a receiver accepts any that verifies).
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    public static String header(String webhookId, long timestampSeconds, String body, List<WebhookSecret> secrets) {
        String signed = webhookId + "." + timestampSeconds + "." + body;
        return secrets.stream().map(secret -> "v1," + hmac(secret.key(), signed)).collect(Collectors.joining(" "));
    }

    private static String hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
