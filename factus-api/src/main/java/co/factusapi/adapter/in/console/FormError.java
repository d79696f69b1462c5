package co.factusapi.adapter.in.console;

import co.factusapi.domain.error.FieldViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused field of a form, as the page names it: {@code key} finds the field's name in plain words in the messages
 * ({@code field.<key>}); a line's field ({@code items[2].quantity}) is named with its line, counted from 1.
 */
record FormError(String field, String key, Integer line, String message) {
    private static final Pattern LINE_FIELD = Pattern.compile("items\\[(\\d{1,4})](?:\\.(.+))?");

    static FormError of(FieldViolation violation) {
        String field = violation.field() == null ? "" : violation.field();
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches()) {
            String leaf = line.group(2) == null ? "" : "." + line.group(2);
            return new FormError(field, "items" + leaf, Integer.parseInt(line.group(1)) + 1, violation.message());
        }
        return new FormError(field, field, null, violation.message());
    }
}
