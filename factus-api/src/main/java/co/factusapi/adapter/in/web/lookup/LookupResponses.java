package co.factusapi.adapter.in.web.lookup;

import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.catalog.ReferenceEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/** The stable lookup shapes (snake_case on the wire); no provider ids. */
final class LookupResponses {
    private LookupResponses() {
    }

    @Schema(name = "Municipality")
    record MunicipalityResponse(@Schema(description = "DANE code", example = "68679") String code,
                                @Schema(example = "San Gil") String name,
                                @Schema(example = "Santander") String department) {
        static MunicipalityResponse of(Municipality m) {
            return new MunicipalityResponse(m.code(), m.name(), m.department());
        }
    }

    @Schema(name = "ProductTax")
    record TaxResponse(@Schema(description = "DIAN tribute code", example = "01") String code,
                       @Schema(example = "IVA") String name, String description) {
        static TaxResponse of(ProductTax t) {
            return new TaxResponse(t.code(), t.name(), t.description());
        }
    }

    @Schema(name = "MeasurementUnit")
    record UnitResponse(@Schema(description = "DIAN unit code", example = "94") String code,
                        @Schema(example = "unidad") String name) {
        static UnitResponse of(MeasurementUnit u) {
            return new UnitResponse(u.code(), u.name());
        }
    }

    @Schema(name = "Country")
    record CountryResponse(@Schema(description = "ISO 3166 alpha-2", example = "CO") String code,
                           @Schema(example = "Colombia") String name) {
        static CountryResponse of(Country c) {
            return new CountryResponse(c.code(), c.name());
        }
    }

    @Schema(name = "Acquirer")
    record AcquirerResponse(@Schema(example = "Nombre Cédula de ciudadanía 5") String name,
                            @Schema(example = "comprador@example.com") String email) {
        static AcquirerResponse of(Acquirer a) {
            return new AcquirerResponse(a.name(), a.email());
        }
    }

    @Schema(name = "ReferenceEntry")
    record EntryResponse(@Schema(description = "The code POST /api/v1/invoices accepts", example = "CC") String code,
                         @Schema(example = "Cédula de ciudadanía") String name,
                         @Schema(description = "The DIAN code behind it, when there is one", example = "13") String dianCode) {
        static EntryResponse of(ReferenceEntry e) {
            return new EntryResponse(e.code(), e.name(), e.dianCode());
        }
    }
}
