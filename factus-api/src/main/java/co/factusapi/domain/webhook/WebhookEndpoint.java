package co.factusapi.domain.webhook;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's URL that receives the events it subscribed to, signed with its secret (kept apart, sealed). A disabled
 * endpoint receives nothing; {@code disabledReason} says why (a caller's choice or too long a run of failures).
 * {@code previousSecretUntil}: the end of a rotation's grace period, while the previous secret still signs.
 */
public record WebhookEndpoint(UUID id, UUID tenantId, URI url, String description, Set<WebhookEventType> eventTypes,
                              boolean enabled, String disabledReason, Instant previousSecretUntil, Instant createdAt,
                              Instant updatedAt) {
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(url, "url");
        eventTypes = Set.copyOf(eventTypes);
    }

    /** A new endpoint, checked: every problem of the caller's input at once. */
    public static WebhookEndpoint create(UUID tenantId, String url, String description, Collection<String> eventTypes,
                                         Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        URI uri = url(url, violations);
        Set<WebhookEventType> types = eventTypes(eventTypes, violations);
        checkDescription(description, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new WebhookEndpoint(UUID.randomUUID(), tenantId, uri, description, types, true, null, null, now, now);
    }

    /** This endpoint with the caller's changes; a null argument keeps what it has. */
    public WebhookEndpoint changed(String newUrl, String newDescription, Collection<String> newEventTypes,
                                   Boolean newEnabled, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        URI uri = newUrl == null ? url : url(newUrl, violations);
        Set<WebhookEventType> types = newEventTypes == null ? eventTypes : eventTypes(newEventTypes, violations);
        checkDescription(newDescription, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        boolean on = newEnabled == null ? enabled : newEnabled;
        String reason = on ? null : newEnabled == null ? disabledReason : "disabled by the tenant";
        return new WebhookEndpoint(id, tenantId, uri, newDescription == null ? description : newDescription, types, on,
                reason, previousSecretUntil, createdAt, now);
    }

    public WebhookEndpoint rotated(Instant graceUntil, Instant now) {
        return new WebhookEndpoint(id, tenantId, url, description, eventTypes, enabled, disabledReason, graceUntil,
                createdAt, now);
    }

    public boolean subscribesTo(WebhookEventType type) {
        return eventTypes.contains(type);
    }

    private static URI url(String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation("url", "is required"));
            return null;
        }
        if (value.length() > MAX_URL_LENGTH) {
            violations.add(new FieldViolation("url", "has more than " + MAX_URL_LENGTH + " characters"));
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                violations.add(new FieldViolation("url", "must be an absolute https URL"));
            } else if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                violations.add(new FieldViolation("url", "must not carry user information or a fragment"));
            }
            return uri;
        } catch (URISyntaxException e) {
            violations.add(new FieldViolation("url", "is not a valid URL"));
            return null;
        }
    }

    private static Set<WebhookEventType> eventTypes(Collection<String> codes, List<FieldViolation> violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add(new FieldViolation("event_types", "name at least one of " + known()));
            return Set.of();
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        List<String> listed = new ArrayList<>(codes);
        for (int i = 0; i < listed.size(); i++) {
            var type = WebhookEventType.fromCode(listed.get(i)).filter(WebhookEventType::subscribable);
            if (type.isPresent()) {
                types.add(type.get());
            } else {
                violations.add(new FieldViolation("event_types[" + i + "]", "is not a known event type; known: "
                        + known()));
            }
        }
        return types;
    }

    private static String known() {
        return String.join(", ", WebhookEventType.subscribableCodes());
    }

    private static void checkDescription(String description, List<FieldViolation> violations) {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            violations.add(new FieldViolation("description", "has more than " + MAX_DESCRIPTION_LENGTH + " characters"));
        }
    }
}
