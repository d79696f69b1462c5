package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the canonical codes of a request body, collecting every unknown one so the caller hears of all at once: an
 * unknown code is a 422 that lists the accepted values, never a default. A missing code stays null: the domain rules
 * report it as required.
 */
public final class Codes {
    private final List<FieldViolation> violations = new ArrayList<>();

    /** One code on its own: an unknown value throws at once. */
    public static <E extends Enum<E> & CodeTable> E parse(Class<E> table, String value, String field) {
        Codes codes = new Codes();
        E parsed = codes.code(table, value, field);
        codes.check();
        return parsed;
    }

    public <E extends Enum<E> & CodeTable> E code(Class<E> table, String value, String field) {
        if (value == null) {
            return null;
        }
        Optional<E> parsed = CodeTable.parse(table, value);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown code \"" + abbreviate(value) + "\"; accepted: "
                    + String.join(", ", CodeTable.codes(table))));
        }
        return parsed.orElse(null);
    }

    /** Our payment-method code or the DIAN code behind it. */
    public PaymentMethod paymentMethod(String value, String field) {
        if (value == null) {
            return null;
        }
        Optional<PaymentMethod> method = CodeTable.parseCodeOrDianCode(PaymentMethod.class, value);
        if (method.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown payment method; accepted: "
                    + String.join(", ", CodeTable.codes(PaymentMethod.class)) + " or their DIAN codes"));
        }
        return method.orElse(null);
    }

    public void missing(String field) {
        violations.add(new FieldViolation(field, "is required"));
    }

    /** Throws the collected violations, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
