package co.factusapi.domain.company;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A partial change of the company profile: null fields stay as they are (the original service sent them as null and
 * wiped the trade name). Codes are DIAN's: legal organization 1 (legal person) or 2 (natural person), tribute 01 (IVA)
 * or ZZ, DANE municipality code, fiscal responsibility O-13, O-15, O-23, O-47 or R-99-PN (docs/factus-upstream.md §9.2).
 */
public record CompanyUpdate(String legalOrganizationCode, String company, String tradeName, String names,
                            String surnames, String registrationCode, String economicActivity, String phone,
                            String email, String address, String tributeCode, String municipalityCode,
                            String responsibilities) {
    private static final Set<String> ORGANIZATIONS = Set.of("1", "2");
    private static final Set<String> TRIBUTES = Set.of("01", "ZZ");
    private static final Set<String> RESPONSIBILITIES = Set.of("O-13", "O-15", "O-23", "O-47", "R-99-PN");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern DANE = Pattern.compile("\\d{5}");
    private static final Pattern ACTIVITY = Pattern.compile("\\d{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ ()-]{7,20}");
    private static final int MAX_TEXT = 200;

    public CompanyUpdate {
        List<FieldViolation> violations = new ArrayList<>();
        oneOf(violations, "legal_organization_code", legalOrganizationCode, ORGANIZATIONS);
        oneOf(violations, "tribute_code", tributeCode, TRIBUTES);
        oneOf(violations, "responsibilities", responsibilities, RESPONSIBILITIES);
        matches(violations, "email", email, EMAIL, "must be a valid e-mail address");
        matches(violations, "municipality_code", municipalityCode, DANE, "must be a 5-digit DANE code");
        matches(violations, "economic_activity", economicActivity, ACTIVITY, "must be a 4-digit CIIU code");
        matches(violations, "phone", phone, PHONE, "must be 7 to 20 digits");
        for (Map.Entry<String, String> text : texts(company, tradeName, names, surnames, registrationCode, address).entrySet()) {
            if (text.getValue() != null && (text.getValue().isBlank() || text.getValue().length() > MAX_TEXT)) {
                violations.add(new FieldViolation(text.getKey(), "must be 1 to " + MAX_TEXT + " characters"));
            }
        }
        boolean nothingSent = Stream.of(legalOrganizationCode, company, tradeName, names, surnames,
                registrationCode, economicActivity, phone, email, address, tributeCode, municipalityCode,
                responsibilities).allMatch(Objects::isNull);
        if (violations.isEmpty() && nothingSent) {
            violations.add(new FieldViolation("", "send at least one field to change"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** The fields to change, by their wire name, in a stable order. */
    public Map<String, String> changes() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("legal_organization_code", legalOrganizationCode);
        all.putAll(texts(company, tradeName, names, surnames, registrationCode, address));
        all.put("economic_activity", economicActivity);
        all.put("phone", phone);
        all.put("email", email);
        all.put("tribute_code", tributeCode);
        all.put("municipality_code", municipalityCode);
        all.put("responsibilities", responsibilities);
        all.values().removeIf(Objects::isNull);
        return all;
    }

    private static Map<String, String> texts(String company, String tradeName, String names, String surnames,
                                             String registrationCode, String address) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("company", company);
        texts.put("trade_name", tradeName);
        texts.put("names", names);
        texts.put("surnames", surnames);
        texts.put("registration_code", registrationCode);
        texts.put("address", address);
        return texts;
    }

    private static void oneOf(List<FieldViolation> violations, String field, String value, Set<String> accepted) {
        if (value != null && !accepted.contains(value)) {
            violations.add(new FieldViolation(field, "must be one of " + String.join(", ", accepted.stream().sorted().toList())));
        }
    }

    private static void matches(List<FieldViolation> violations, String field, String value, Pattern pattern,
                                String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new FieldViolation(field, message));
        }
    }
}
