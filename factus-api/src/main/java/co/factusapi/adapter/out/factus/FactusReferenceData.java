package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.party.IdentificationType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Factus reference catalogues (from the cache the invoice flow shares) and the DIAN acquirer registry. */
public final class FactusReferenceData implements ReferenceDataGateway {
    private final FactusClient client;
    private final FactusCatalog catalog;

    public FactusReferenceData(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    /** Rows without a code are left out: a catalogue entry nobody can send back is useless. */
    @Override
    public List<Municipality> municipalities() {
        return rows(FactusCatalog.MUNICIPALITIES, row -> new Municipality(FactusValues.text(row, "code"),
                FactusValues.text(row, "name"), department(row.path("department"))));
    }

    @Override
    public List<ProductTax> productTaxes() {
        return rows(FactusCatalog.PRODUCT_TAXES, row -> new ProductTax(FactusValues.text(row, "code"),
                FactusValues.text(row, "name"), FactusValues.text(row, "description")));
    }

    @Override
    public List<MeasurementUnit> measurementUnits() {
        return rows(FactusCatalog.UNITS, row -> new MeasurementUnit(FactusValues.text(row, "code"),
                FactusValues.text(row, "name")));
    }

    @Override
    public List<Country> countries() {
        return rows(FactusCatalog.COUNTRIES, row -> new Country(FactusValues.text(row, "code"),
                FactusValues.text(row, "name")));
    }

    /** Not cached: it is personal data, looked up one buyer at a time. */
    @Override
    public Optional<Acquirer> acquirer(IdentificationType type, String number) {
        FactusResponse response = client.get("acquirer.get", "/v1/dian/acquirer", Map.of(
                "identification_document_id", Integer.toString(FactusCodes.identificationDocumentId(type)),
                "identification_number", number));
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        JsonNode data = response.body().path("data");
        if (!data.isObject()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent an acquirer without data.", null);
        }
        return Optional.of(new Acquirer(FactusValues.text(data, "name"), FactusValues.text(data, "email")));
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
