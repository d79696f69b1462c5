package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A numbering range of the account; {@code current} is the next consecutive to hand out (docs/factus-upstream.md §8). */
public final class NumberingRange {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final int id;
    private final String document;
    private final String prefix;
    private final long from;
    private final long to;
    private final String resolutionNumber;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final String technicalKey;
    private final Instant createdAt;
    private long current;
    private Instant updatedAt;
    /** Switched by v2's {@code PATCH …/toggle-status}; an inactive range numbers nothing, in v1 or v2. */
    private volatile boolean enabled = true;

    public NumberingRange(int id, String document, String prefix, long from, long to, long current,
            String resolutionNumber, LocalDate startDate, LocalDate endDate, String technicalKey, Instant createdAt) {
        this.id = id;
        this.document = document;
        this.prefix = prefix;
        this.from = from;
        this.to = to;
        this.current = current;
        this.resolutionNumber = resolutionNumber;
        this.startDate = startDate;
        this.endDate = endDate;
        this.technicalKey = technicalKey;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The consecutive to use now, or -1 when the range is used up. */
    public synchronized long takeConsecutive() {
        if (current > to) {
            return -1;
        }
        return current++;
    }

    public synchronized void current(long next, Instant now) {
        current = next;
        updatedAt = now;
    }

    public synchronized long current() {
        return current;
    }

    public boolean isActive(LocalDate today) {
        return enabled && !today.isBefore(startDate) && !today.isAfter(endDate);
    }

    /** v2 {@code PATCH /v2/numbering-ranges/{id}/toggle-status} (v2 contract §10.1). */
    public synchronized void toggle(Instant now) {
        enabled = !enabled;
        updatedAt = now;
    }

    /**
     * A v2 list row (v2 contract §10.1): {@code document} is the name, {@code is_expired}/{@code is_active} are the
     * documented 1/0 integers (§1.4's exception to v2's JSON booleans), no timestamps.
     */
    public Map<String, Object> toV2ListJson(LocalDate today) {
        Map<String, Object> json = toListJson(today);
        json.put("is_expired", today.isAfter(endDate) ? 1 : 0);
        json.remove("deleted_at");
        json.remove("created_at");
        json.remove("updated_at");
        return json;
    }

    /**
     * v2 show (§10.1): {@code document} is the code plus {@code document_name}, with {@code created_at}/{@code
     * updated_at}, in v2's Colombian {@code dd-MM-yyyy hh:mm:ss AM/PM} (§1.4; the range pages show no timestamp, D).
     */
    public Map<String, Object> toV2ShowJson(LocalDate today) {
        Map<String, Object> json = toShowJson(today);
        json.put("is_expired", today.isAfter(endDate) ? 1 : 0);
        synchronized (this) {
            json.put("created_at", v2Timestamp(createdAt));
            json.put("updated_at", v2Timestamp(updatedAt));
        }
        return json;
    }

    private static String v2Timestamp(Instant instant) {
        return co.factusapi.emulator.document.ColombiaTime.timestamp(
                instant.atZone(co.factusapi.emulator.document.ColombiaTime.BOGOTA));
    }

    public Map<String, Object> toListJson(LocalDate today) {
        Map<String, Object> json = baseJson(today);
        json.put("document", Catalog.RANGE_DOCUMENTS.get(document));
        return json;
    }

    /** Show has the document code plus document_name, unlike the list (docs/factus-upstream.md §8). */
    public Map<String, Object> toShowJson(LocalDate today) {
        Map<String, Object> json = baseJson(today);
        json.put("document", document);
        json.put("document_name", Catalog.RANGE_DOCUMENTS.get(document));
        json.remove("deleted_at");
        return json;
    }

    /** The {@code numbering_range} block inside a document response (docs/factus-upstream.md §3.3). */
    public Map<String, Object> toDocumentJson() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(startDate, endDate);
        return Json.obj("prefix", prefix, "from", from, "to", to, "resolution_number", resolutionNumber,
                "start_date", startDate.format(DAY_FIRST), "end_date", endDate.format(DAY_FIRST), "months", months);
    }

    private synchronized Map<String, Object> baseJson(LocalDate today) {
        return Json.obj("id", id, "document", document, "prefix", prefix, "from", from, "to", to,
                "current", current, "resolution_number", resolutionNumber,
                "start_date", startDate.format(DAY_FIRST), "end_date", endDate.format(DAY_FIRST),
                "technical_key", technicalKey, "is_expired", today.isAfter(endDate),
                "is_active", isActive(today) ? 1 : 0, "deleted_at", null,
                "created_at", createdAt.toString(), "updated_at", updatedAt.toString());
    }

    public int id() {
        return id;
    }

    public String document() {
        return document;
    }

    public String prefix() {
        return prefix;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    public String resolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String technicalKey() {
        return technicalKey;
    }
}
