package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The list filters every ledger route shares, as the query parameters name them (snake_case). {@code party} is the
 * customer's or provider's identification; {@code corrected} the number of the document a note corrects.
 */
public record LedgerFilters(String status, String referenceCode, String number, String party, String corrected,
                            String createdFrom, String createdTo, String page, String size) {
    /** Document dates are Colombian dates: a day filter means that day in Bogotá. */
    public static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

    public DocumentQuery toQuery(DocumentKind kind) {
        List<FieldViolation> violations = new ArrayList<>();
        DocumentStatus parsedStatus = parseStatus(violations);
        Instant from = day("created_from", createdFrom, 0, violations);
        Instant to = day("created_to", createdTo, 1, violations);
        int parsedPage = integer("page", page, 1, 1, 1_000_000, violations);
        int parsedSize = integer("size", size, 20, 1, DocumentQuery.MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new DocumentQuery(kind, parsedStatus, blankToNull(referenceCode), blankToNull(number),
                blankToNull(party), blankToNull(corrected), from, to, parsedPage, parsedSize);
    }

    private DocumentStatus parseStatus(List<FieldViolation> violations) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("status", "must be one of PENDING, ISSUED, REJECTED, FAILED, UNKNOWN, DELETED"));
            return null;
        }
    }

    private static Instant day(String field, String value, int plusDays, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay(COLOMBIA).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date like 2026-01-31"));
            return null;
        }
    }

    private static int integer(String field, String value, int fallback, int min, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        violations.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
