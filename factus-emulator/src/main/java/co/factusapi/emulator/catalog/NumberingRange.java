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
        return !today.isBefore(startDate) && !today.isAfter(endDate);
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
