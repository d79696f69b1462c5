package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.DianCheckDigit;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import co.factusapi.emulator.document.V2Fields;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a v2 {@code provider} (v2 contract §7.3), all errors at once under {@code provider.*}: the
 * support-document identification codes 21, 22, 31, 41, 42, 47, 50; {@code names}, {@code address} and
 * {@code country_code} required; a Colombian provider needs {@code municipality_code}. A NIT's {@code dv} is computed
 * when omitted (the page says both "required" and "computed if omitted": the lenient reading, D).
 * {@code legal_organization_code} is in the example, not the table (FIND #10): optional, default 2.
 */
public final class V2ProviderFields {
    private static final Set<String> DOCUMENT_CODES = Set.of("21", "22", "31", "41", "42", "47", "50");
    private static final String NIT = "31";

    private V2ProviderFields() {
    }

    /** The provider, or null when it is missing or has errors (already reported to {@code in}). */
    public static V2Provider provider(FieldReader in, JsonNode node) {
        if (!FieldReader.present(node) || !node.isObject()) {
            in.fail("provider", "El campo provider es obligatorio.");
            return null;
        }
        int errorsBefore = in.errors().size();
        String document = V2Fields.requiredCode(in, node, "identification_document_code", "provider.",
                DOCUMENT_CODES);
        String identification = in.text(node, "identification", "provider.identification", true);
        String names = in.text(node, "names", "provider.names", true);
        String address = in.text(node, "address", "provider.address", true);
        String country = in.text(node, "country_code", "provider.country_code", true);
        if (country != null && !country.trim().matches("[A-Za-z]{2}")) {
            in.invalid("provider.country_code");
        }
        String countryCode = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        boolean inColombia = "CO".equals(countryCode);
        String municipality = V2Fields.daneCode(in, node, "provider.municipality_code", false);
        if (inColombia && municipality == null && !in.errors().containsKey("provider.municipality_code")) {
            in.fail("provider.municipality_code",
                    "El campo provider.municipality_code es obligatorio cuando provider.country_code es CO.");
        }
        String email = in.text(node, "email", "provider.email", false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            in.fail("provider.email", "El campo provider.email no es un correo válido.");
        }
        String legal = in.stringCode(node, "legal_organization_code", "provider.legal_organization_code",
                Set.of("1", "2"), "2");
        String tribute = in.stringCode(node, "tribute_code", "provider.tribute_code", Set.of("01", "ZZ"), "ZZ");
        if (in.errors().size() > errorsBefore) {
            return null;
        }
        String dv = DocumentFields.text(node, "dv");
        if (NIT.equals(document)) {
            dv = dv != null ? dv.trim() : String.valueOf(DianCheckDigit.of(identification));
        } else {
            dv = null;
        }
        return new V2Provider(document, identification, dv, names, DocumentFields.text(node, "trade_name"), address,
                email, DocumentFields.text(node, "phone"), legal, tribute, countryCode,
                inColombia ? municipality : null);
    }
}
