package co.factusapi.adapter.in.web.audit;

import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters of the audit trail. {@code from}/{@code to} take an instant (2026-01-31T15:00:00Z) or a
 * Colombian date (2026-01-31: from its start; to the end of that day).
 */
public record AuditEventParameters(String actor, String action, String resource_id, String reference_code, String from,
                                   String to, Integer page, Integer size) {
    private static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

    AuditQuery toQuery() {
        List<FieldViolation> violations = new ArrayList<>();
        Instant fromTime = time("from", from, 0, violations);
        Instant toTime = time("to", to, 1, violations);
        int parsedPage = page == null ? 1 : page;
        int parsedSize = size == null ? 20 : size;
        if (parsedPage < 1) {
            violations.add(new FieldViolation("page", "must be 1 or more"));
        }
        if (parsedSize < 1 || parsedSize > AuditQuery.MAX_SIZE) {
            violations.add(new FieldViolation("size", "must be from 1 to " + AuditQuery.MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(resource_id), blankToNull(reference_code),
                fromTime, toTime, parsedPage, parsedSize);
    }

    private static Instant time(String field, String value, int plusDays, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value.trim())
                    : LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay(COLOMBIA).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be an instant like 2026-01-31T15:00:00Z or a date like 2026-01-31"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
