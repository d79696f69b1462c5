package co.factusapi.emulator.catalog;

import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.http.Json;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The account's "Facturación" subscription as {@code GET /v2/subscriptions} shows it (v2 contract §10.3): a document
 * quota (unlimited unless the control plane sets one), its activation and expiry dates. The documents consumed are
 * counted by the caller: every document of every family the account issued (numbered), through v1 or v2, including
 * ones later deleted (the number and the DIAN submission were used; D). Seeded unlimited, activated on the day the
 * account was created or reset, expiring a year later.
 */
public final class Subscription {
    /** The five families of the v1 subscription page (§10.3), the emulator's document kinds. */
    private static final List<String> DOCUMENT_TYPES = List.of("Factura de Venta", "Nota Crédito", "Nota Débito",
            "Documento Soporte", "Nota de Ajuste Documento Soporte");
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final Clock clock;
    private volatile Integer quota;
    private volatile LocalDate activatedOn;
    private volatile LocalDate expiresOn;

    public Subscription(Clock clock) {
        this.clock = clock;
        reset();
    }

    public void reset() {
        quota = null;
        activatedOn = today();
        expiresOn = activatedOn.plusYears(1);
    }

    /**
     * @param documents the quota, or null for unlimited
     * @param expires   the last day the subscription is valid, or null to keep the current one
     * @param activated the activation day, or null to keep the current one
     */
    public synchronized void set(Integer documents, LocalDate expires, LocalDate activated) {
        quota = documents;
        if (activated != null) {
            activatedOn = activated;
        }
        if (expires != null) {
            expiresOn = expires;
        }
    }

    public boolean expired() {
        return today().isAfter(expiresOn);
    }

    /**
     * Why a new document is refused with 402 (§9.2: "most likely the subscription is expired or its document quota
     * is used up", D), or null when it may be issued.
     */
    public String refusal(long consumed) {
        if (expired()) {
            return "La suscripción venció el " + ColombiaTime.day(expiresOn);
        }
        Integer limit = quota;
        if (limit != null && consumed >= limit) {
            return "Se agotaron los " + limit + " documentos de la suscripción";
        }
        return null;
    }

    /** One entry of {@code GET /v2/subscriptions}' {@code data} array (§10.3). */
    public Map<String, Object> toJson(long consumed) {
        Integer limit = quota;
        boolean expired = expired();
        long days = Math.max(0, ChronoUnit.DAYS.between(today(), expiresOn));
        return Json.obj("name", "Facturación", "supported_document_types", DOCUMENT_TYPES,
                "documents_quota", limit == null ? 0 : limit, "documents_consumed", consumed,
                "documents_available", limit == null ? "Ilimitado" : Math.max(0, limit - consumed),
                "days_until_expiration", days,
                "activated_at", ISO_UTC.format(activatedOn.atStartOfDay(ZoneOffset.UTC)),
                "expires_at", ISO_UTC.format(expiresOn.atStartOfDay(ZoneOffset.UTC)),
                "has_expired", expired, "is_active", !expired, "has_unlimited_quota", limit == null);
    }

    private LocalDate today() {
        return ColombiaTime.now(clock).toLocalDate();
    }
}
