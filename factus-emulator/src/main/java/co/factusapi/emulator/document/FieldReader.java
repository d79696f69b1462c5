package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads request fields the way Laravel validates them and collects every error at once, keyed by dotted path
 * with Spanish messages (docs/factus-upstream.md §3.5). Codes accept numbers or numeric strings (§1).
 */
public final class FieldReader {
    private static final Map<String, String> ATTRIBUTE_NAMES = Map.of(
            "numbering_range_id", "id rango de numeración",
            "billing_period.start_date", "fecha de inicio",
            "billing_period.end_date", "fecha de fin",
            "observation", "observación",
            "reference_code", "código de referencia",
            "payment_due_date", "fecha de vencimiento del pago",
            "email", "correo electrónico");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Map<String, List<String>> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void fail(String path, String message) {
        errors.computeIfAbsent(path, key -> new ArrayList<>()).add(message);
    }

    public void invalid(String path) {
        fail(path, "El campo " + attribute(path) + " es inválido.");
    }

    public static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode()
                && !(node.isString() && node.asString().isBlank());
    }

    public String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (!present(node)) {
            if (required) {
                fail(path, "El campo " + attribute(path) + " es obligatorio.");
            }
            return null;
        }
        if (!node.isValueNode()) {
            fail(path, "El campo " + attribute(path) + " debe ser una cadena.");
            return null;
        }
        return node.asString();
    }

    public Integer integer(JsonNode parent, String field, String path, boolean required) {
        String raw = text(parent, field, path, required);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            fail(path, "El campo " + attribute(path) + " debe ser un número entero.");
            return null;
        }
    }

    /** An id that must belong to {@code allowed}; reports "es inválido." like Laravel's exists/in rules. */
    public Integer code(JsonNode parent, String field, String path, boolean required, Set<Integer> allowed) {
        Integer value = integer(parent, field, path, required);
        if (value != null && !allowed.contains(value)) {
            invalid(path);
            return null;
        }
        return value;
    }

    public String stringCode(JsonNode parent, String field, String path, Set<String> allowed, String fallback) {
        String value = text(parent, field, path, false);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value.trim())) {
            invalid(path);
            return fallback;
        }
        return value.trim();
    }

    public BigDecimal decimal(JsonNode parent, String field, String path, boolean required) {
        String raw = text(parent, field, path, required);
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.stripTrailingZeros().scale() > 2) {
                fail(path, "El campo " + attribute(path) + " debe tener como máximo 2 decimales.");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            fail(path, "El campo " + attribute(path) + " debe ser un número.");
            return null;
        }
    }

    public LocalDate date(JsonNode parent, String field, String path, boolean required) {
        String raw = text(parent, field, path, required);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            fail(path, "El campo " + attribute(path) + " no corresponde con una fecha válida.");
            return null;
        }
    }

    public Boolean flag(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (!present(node)) {
            if (required) {
                fail(path, "El campo " + attribute(path) + " es obligatorio.");
            }
            return null;
        }
        return switch (node.asString().trim().toLowerCase()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> {
                fail(path, "El campo " + attribute(path) + " debe ser verdadero o falso.");
                yield null;
            }
        };
    }

    String attribute(String path) {
        return ATTRIBUTE_NAMES.getOrDefault(path, path);
    }
}
