package co.factusapi.domain.numbering;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A range to register at the provider; DIAN prefixes have at most four letters or digits. */
public record NewNumberingRange(RangeDocument document, String prefix, Long current, String resolutionNumber) {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final Pattern RESOLUTION = Pattern.compile("[0-9]{1,30}");

    public NewNumberingRange {
        List<FieldViolation> violations = new ArrayList<>();
        if (document == null) {
            violations.add(new FieldViolation("document", "is required"));
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            violations.add(new FieldViolation("prefix", "must be 1 to 4 letters or digits"));
        }
        if (current == null || current < 0) {
            violations.add(new FieldViolation("current", current == null ? "is required" : "must be zero or more"));
        }
        if (resolutionNumber != null && !RESOLUTION.matcher(resolutionNumber).matches()) {
            violations.add(new FieldViolation("resolution_number", "must be digits only"));
        }
        if (resolutionNumber == null && document != null && document.needsResolution()) {
            violations.add(new FieldViolation("resolution_number", "is required for " + document.code() + " ranges"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        prefix = prefix.toUpperCase(Locale.ROOT);
    }
}
