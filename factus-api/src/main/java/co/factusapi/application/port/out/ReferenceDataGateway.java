package co.factusapi.application.port.out;

import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.party.IdentificationType;
import java.util.List;
import java.util.Optional;

/** The provider's reference catalogues (cached by the adapter) and DIAN's acquirer registry. */
public interface ReferenceDataGateway {

    List<Municipality> municipalities();

    List<ProductTax> productTaxes();

    List<MeasurementUnit> measurementUnits();

    List<Country> countries();

    /** The buyer DIAN has registered under this document; empty when DIAN knows none. */
    Optional<Acquirer> acquirer(IdentificationType type, String number);

    /** The document type behind the provider's own numeric id (callers of the original service sent those). */
    Optional<IdentificationType> identificationTypeByProviderId(int providerId);

    /** Drops every cached catalogue; the next read fetches them again. */
    void refresh();
}
