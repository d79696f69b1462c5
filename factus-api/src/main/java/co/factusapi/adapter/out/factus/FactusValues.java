package co.factusapi.adapter.out.factus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of Factus fields: numbers may come as strings ({@code "984000000"}), booleans as 0/1, dates as
 * {@code 19-01-2019} or {@code 2019-01-19} (docs/factus-upstream.md §8). A missing or unreadable value is null, never a 500.
 */
final class FactusValues {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-yyyy"), DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private FactusValues() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String text = value.asString().trim();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    static Long number(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null || !text.matches("-?\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    static boolean flag(JsonNode node, String field, boolean fallback) {
        String text = text(node, field);
        if (text == null) {
            return fallback;
        }
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        String day = text.length() > 10 ? text.substring(0, 10) : text;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(day, format);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }
}
