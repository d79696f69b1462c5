package co.factusapi.application.port.in;

import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.catalog.ReferenceEntry;
import java.util.List;
import java.util.Map;

/** Reference data to fill invoice forms: DIAN catalogues, our code tables, and a buyer looked up at DIAN. */
public interface LookupsUseCase {

    /** Filters are optional, accent- and case-insensitive "contains" matches. */
    List<Municipality> municipalities(String name, String department);

    List<ProductTax> productTaxes(String name);

    List<MeasurementUnit> measurementUnits(String name);

    List<Country> countries(String name);

    /** {@code documentType} is a canonical code (CC, NIT, ...) or the provider's numeric id. */
    Acquirer acquirer(String documentType, String number);

    /** The code tables {@code POST /api/v1/invoices} accepts, by table name; served without any upstream call. */
    Map<String, List<ReferenceEntry>> referenceTables();

    void refresh();
}
