package co.factusapi.adapter.in.web.invoice;

import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Query parameters of the ledger list, bound by name (snake_case, as in the rest of the API). */
public record InvoiceListParameters(String status, String reference_code, String number, String customer_identification,
                                    String created_from, String created_to, String page, String size) {
    /** Invoice dates are Colombian dates: a day filter means that day in Bogotá. */
    private static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

    public InvoiceQuery toQuery() {
        List<FieldViolation> violations = new ArrayList<>();
        DocumentStatus parsedStatus = parseStatus(violations);
        Instant from = day("created_from", created_from, 0, violations);
        Instant to = day("created_to", created_to, 1, violations);
        int parsedPage = integer("page", page, 1, 1, 1_000_000, violations);
        int parsedSize = integer("size", size, 20, 1, InvoiceQuery.MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new InvoiceQuery(parsedStatus, blankToNull(reference_code), blankToNull(number),
                blankToNull(customer_identification), from, to, parsedPage, parsedSize);
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
