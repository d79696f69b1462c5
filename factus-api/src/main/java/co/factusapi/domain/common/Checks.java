package co.factusapi.domain.common;

import co.factusapi.domain.error.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects rule violations with their field paths; the building block of the invoice rules. */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private final List<FieldViolation> violations = new ArrayList<>();

    public void fail(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    public void require(boolean condition, String field, String message) {
        if (!condition) {
            fail(field, message);
        }
    }

    public boolean present(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        require(present, field, "is required");
        return present;
    }

    public void text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, field, "is required");
            return;
        }
        require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
        require(value.chars().noneMatch(Character::isISOControl), field, "must not contain control characters");
    }

    public void pattern(String value, Pattern pattern, String field, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(field, message);
        }
    }

    public void email(String value, String field) {
        if (value != null && !value.isBlank()) {
            require(value.length() <= 254 && EMAIL.matcher(value).matches(), field, "must be a valid e-mail address");
        }
    }

    /** A money amount or rate: at most two decimals and within [min, max]. */
    public void decimal(BigDecimal value, String field, BigDecimal min, BigDecimal max, boolean minExclusive) {
        if (value == null) {
            return;
        }
        require(value.stripTrailingZeros().scale() <= 2, field, "must have at most 2 decimal places");
        boolean aboveMin = minExclusive ? value.compareTo(min) > 0 : value.compareTo(min) >= 0;
        require(aboveMin && value.compareTo(max) <= 0, field,
                "must be " + (minExclusive ? "greater than " : "at least ") + min.toPlainString()
                        + " and at most " + max.toPlainString());
    }

    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }
}
