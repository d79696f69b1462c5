package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.document.DocumentFields;
import co.factusapi.emulator.document.FieldReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Validation of the {@code provider} of a support document or adjustment note (docs/factus-upstream.md §6), all
 * errors at once under {@code provider.*}. DIAN needs a resident provider in Colombia with a municipality, and a
 * non-resident one abroad.
 */
public final class ProviderFields {
    private static final String COLOMBIA = "CO";
    private static final Set<Integer> LEGAL_ORGANIZATION_IDS = ids(Catalog.LEGAL_ORGANIZATIONS);
    private static final Set<Integer> TRIBUTE_IDS = ids(Catalog.CUSTOMER_TRIBUTES);
    private static final Set<Integer> MUNICIPALITY_IDS = Catalog.MUNICIPALITIES.stream().map(Municipality::id)
            .collect(Collectors.toUnmodifiableSet());
    private static final int NATURAL_PERSON = 2;
    private static final int NO_TRIBUTE = 21;

    private ProviderFields() {
    }

    /** The provider, or null when it is missing or has errors (already reported to {@code in}). */
    public static Provider provider(FieldReader in, JsonNode body) {
        JsonNode node = body.get("provider");
        if (!FieldReader.present(node) || !node.isObject()) {
            in.fail("provider", "El campo provider es obligatorio.");
            return null;
        }
        int errorsBefore = in.errors().size();
        // Only the foreign-capable documents 4–10 (§9.1): no cédula de ciudadanía, no NUIP.
        Integer documentId = in.code(node, "identification_document_id", "provider.identification_document_id",
                true, Catalog.PROVIDER_IDENTIFICATION_DOCUMENTS);
        String identification = in.text(node, "identification", "provider.identification", true);
        boolean nit = Integer.valueOf(Catalog.NIT).equals(documentId);
        String dv = in.text(node, "dv", "provider.dv", false);
        if (nit && dv == null) {
            // "Requerido si el proveedor se identifica con NIT" (§6); Laravel's required_if wording.
            in.fail("provider.dv", "El campo provider.dv es obligatorio cuando provider.identification_document_id "
                    + "es " + Catalog.NIT + ".");
        }
        String names = in.text(node, "names", "provider.names", true);
        String address = in.text(node, "address", "provider.address", true);
        String email = in.text(node, "email", "provider.email", true);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            in.fail("provider.email", "El campo provider.email no es un correo válido.");
        }
        Boolean resident = residency(in, body, node);
        String country = country(in, node, resident);
        Integer municipality = municipality(in, node, resident, country);
        Integer legal = in.code(node, "legal_organization_id", "provider.legal_organization_id", false,
                LEGAL_ORGANIZATION_IDS);
        Integer tribute = in.code(node, "tribute_id", "provider.tribute_id", false, TRIBUTE_IDS);
        if (in.errors().size() > errorsBefore) {
            return null;
        }
        // Neither is in the v1 field table; the docs' answer shows a natural person without tribute (D).
        return new Provider(documentId, identification, nit ? dv.trim() : dv, DocumentFields.text(node, "trade_name"),
                names, address, email, DocumentFields.text(node, "phone"), resident, country, resident ? municipality
                : null, legal == null ? NATURAL_PERSON : legal, tribute == null ? NO_TRIBUTE : tribute);
    }

    /** The field table puts {@code is_resident} at the top level, the example inside {@code provider} (§6): both. */
    private static Boolean residency(FieldReader in, JsonNode body, JsonNode provider) {
        if (FieldReader.present(provider.get("is_resident")) || !FieldReader.present(body.get("is_resident"))) {
            return in.flag(provider, "is_resident", "provider.is_resident", true);
        }
        return in.flag(body, "is_resident", "is_resident", true);
    }

    /**
     * ISO alpha-2. Any two letters are taken, not only the countries the emulator lists (D). A non-resident provider
     * cannot be in Colombia, a resident one must be; Factus's wording for these is unknown (D).
     */
    private static String country(FieldReader in, JsonNode node, Boolean resident) {
        String country = in.text(node, "country_code", "provider.country_code", true);
        if (country == null) {
            return null;
        }
        if (!country.trim().matches("[A-Za-z]{2}")) {
            in.invalid("provider.country_code");
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (Boolean.FALSE.equals(resident) && COLOMBIA.equals(code)) {
            in.fail("provider.country_code",
                    "El campo provider.country_code no puede ser CO cuando el proveedor no es residente.");
        } else if (Boolean.TRUE.equals(resident) && !COLOMBIA.equals(code)) {
            in.fail("provider.country_code", "El campo provider.country_code debe ser CO cuando el proveedor es "
                    + "residente.");
        }
        return code;
    }

    /** Required for a provider in Colombia (§6), ignored for one abroad. */
    private static Integer municipality(FieldReader in, JsonNode node, Boolean resident, String country) {
        boolean inColombia = Boolean.TRUE.equals(resident) || COLOMBIA.equals(country);
        Integer id = in.code(node, "municipality_id", "provider.municipality_id", false, MUNICIPALITY_IDS);
        if (inColombia && id == null && !in.errors().containsKey("provider.municipality_id")) {
            in.fail("provider.municipality_id",
                    "El campo provider.municipality_id es obligatorio cuando provider.country_code es CO.");
        }
        return id;
    }

    private static Set<Integer> ids(List<CodeEntry> table) {
        return table.stream().map(CodeEntry::id).collect(Collectors.toUnmodifiableSet());
    }
}
