package co.factusapi.domain.tenant;

import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.party.NitCheckDigit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business's NIT with its DIAN check digit, written {@code 900123456-7} (dots allowed: {@code 900.123.456-7}).
 * The check digit is required and verified: a NIT with a wrong one is a typo that DIAN would reject later.
 */
public record Nit(String number, int checkDigit) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,3}(?:\\.?\\d{3})*)-(\\d)");

    public Nit {
        if (number == null || !number.matches("\\d{5,15}")) {
            throw new IllegalArgumentException("A NIT is 5 to 15 digits");
        }
        if (NitCheckDigit.of(number) != checkDigit) {
            throw new IllegalArgumentException("Wrong check digit for NIT " + number);
        }
    }

    /** Parses what a client wrote; an InvalidRequestException naming {@code field} when it is not a valid NIT. */
    public static Nit parse(String written, String field) {
        Matcher matcher = written == null ? null : WRITTEN.matcher(written.strip());
        if (matcher == null || !matcher.matches()) {
            throw InvalidRequestException.of(field, "must be a NIT with its check digit, e.g. 900123456-7");
        }
        String digits = matcher.group(1).replace(".", "");
        if (digits.length() < 5 || digits.length() > 15) {
            throw InvalidRequestException.of(field, "must have 5 to 15 digits before the check digit");
        }
        int expected = NitCheckDigit.of(digits);
        if (expected != matcher.group(2).charAt(0) - '0') {
            throw InvalidRequestException.of(field, "has a wrong check digit: for " + digits + " it is " + expected);
        }
        return new Nit(digits, expected);
    }

    @Override
    public String toString() {
        return number + "-" + checkDigit;
    }
}
