package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.tenant.ApiVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Factus reference catalogues and the DIAN acquirer registry. A v1 account reads the catalogues from its v1 endpoints
 * (the cache the invoice flow shares); v2 publishes them as static tables instead (contract §10.5) and whether a v2
 * account may still call the v1 endpoints is open (§14 Q20), so a v2 account reads the tables shipped in the jar
 * ({@link FactusV2Tables}) and makes no upstream call. The acquirer follows the account's version.
 */
public final class FactusReferenceData implements ReferenceDataGateway {
    static final String ACQUIRER_V1 = "/v1/dian/acquirer";
    static final String ACQUIRER_V2 = "/v2/dian/acquirer";
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final ApiVersion version;

    public FactusReferenceData(FactusClient client, FactusCatalog catalog) {
        this(client, catalog, ApiVersion.V1);
    }

    FactusReferenceData(FactusClient client, FactusCatalog catalog, ApiVersion version) {
        this.client = client;
        this.catalog = catalog;
        this.version = version;
    }

    /** Rows without a code are left out: a catalogue entry nobody can send back is useless. */
    @Override
    public List<Municipality> municipalities() {
        if (version == ApiVersion.V2) {
            return FactusV2Tables.municipalities();
        }
        return rows(FactusCatalog.MUNICIPALITIES, row -> new Municipality(FactusValues.text(row, "code"),
                FactusValues.text(row, "name"), department(row.path("department"))));
    }

    @Override
    public List<ProductTax> productTaxes() {
        if (version == ApiVersion.V2) {
            return FactusV2Tables.productTaxes();
        }
        return rows(FactusCatalog.PRODUCT_TAXES, row -> new ProductTax(FactusValues.text(row, "code"),
                FactusValues.text(row, "name"), FactusValues.text(row, "description")));
    }

    @Override
    public List<MeasurementUnit> measurementUnits() {
        if (version == ApiVersion.V2) {
            return FactusV2Tables.measurementUnits();
        }
        return rows(FactusCatalog.UNITS, row -> new MeasurementUnit(FactusValues.text(row, "code"),
                FactusValues.text(row, "name")));
    }

    @Override
    public List<Country> countries() {
        if (version == ApiVersion.V2) {
            return FactusV2Tables.countries();
        }
        return rows(FactusCatalog.COUNTRIES, row -> new Country(FactusValues.text(row, "code"),
                FactusValues.text(row, "name")));
    }

    /**
     * Not cached: it is personal data, looked up one buyer at a time. v1: {@code GET /v1/dian/acquirer} with
     * {@code identification_document_id} (Factus's id); v2 (contract §10.4): {@code GET /v2/dian/acquirer} with
     * {@code identification_document_code} (DIAN's code, e.g. 13). Both answer {@code data{name, email}}.
     */
    @Override
    public Optional<Acquirer> acquirer(IdentificationType type, String number) {
        FactusResponse response = switch (version) {
            case V1 -> client.get("acquirer.get", ACQUIRER_V1, acquirerQuery(version, type, number));
            case V2 -> client.get("acquirer.get", ACQUIRER_V2, acquirerQuery(version, type, number));
        };
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return acquirer(response.body().path("data"));
    }

    /** The lookup's query: the document type as Factus's v1 id or, on v2, as DIAN's code. */
    static Map<String, String> acquirerQuery(ApiVersion version, IdentificationType type, String number) {
        Map<String, String> query = new LinkedHashMap<>();
        switch (version) {
            case V1 -> query.put("identification_document_id",
                    Integer.toString(FactusCodes.identificationDocumentId(type)));
            case V2 -> query.put("identification_document_code", type.dianCode());
        }
        query.put("identification_number", number);
        return query;
    }

    /**
     * The acquirer in an answer's {@code data}. A {@code data} that is null, empty, or names neither a name nor an
     * e-mail is "DIAN knows none" (how v2 answers an unknown person is undocumented; an empty answer is the safe
     * reading of it, never a made-up buyer); anything else that is not an object is a broken answer.
     */
    static Optional<Acquirer> acquirer(JsonNode data) {
        if (data.isNull() || data.isMissingNode() || (data.isContainer() && data.isEmpty())) {
            return Optional.empty();
        }
        if (!data.isObject()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent an acquirer without data.", null);
        }
        String name = FactusValues.text(data, "name");
        String email = FactusValues.text(data, "email");
        return name == null && email == null ? Optional.empty() : Optional.of(new Acquirer(name, email));
    }

    @Override
    public Optional<IdentificationType> identificationTypeByProviderId(int providerId) {
        return Arrays.stream(IdentificationType.values())
                .filter(type -> FactusCodes.identificationDocumentId(type) == providerId).findFirst();
    }

    @Override
    public void refresh() {
        catalog.invalidateAll();
    }

    private <T> List<T> rows(String catalogue, Function<JsonNode, T> mapper) {
        return catalog.rows(catalogue).stream().filter(row -> FactusValues.text(row, "code") != null)
                .map(mapper).filter(Objects::nonNull).toList();
    }

    /** A plain string in the catalogue, an object {code, name} inside other documents (docs/factus-upstream.md §8). */
    static String department(JsonNode department) {
        return department.isObject() ? FactusValues.text(department, "name") : department.isString()
                ? department.asString() : null;
    }
}
