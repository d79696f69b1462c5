package co.factusapi.adapter.in.web.lookup;

import co.factusapi.adapter.in.web.lookup.LookupResponses.AcquirerResponse;
import co.factusapi.adapter.in.web.lookup.LookupResponses.CountryResponse;
import co.factusapi.adapter.in.web.lookup.LookupResponses.EntryResponse;
import co.factusapi.adapter.in.web.lookup.LookupResponses.MunicipalityResponse;
import co.factusapi.adapter.in.web.lookup.LookupResponses.TaxResponse;
import co.factusapi.adapter.in.web.lookup.LookupResponses.UnitResponse;
import co.factusapi.application.port.in.LookupsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalogue answers carry a strong ETag (If-None-Match gives 304) and {@code Cache-Control: private, max-age}; the
 * acquirer is personal data and is never stored by caches.
 */
@RestController
@RequestMapping(value = "/api/v1/lookups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lookups", description = "Reference data to fill invoice forms, and buyers looked up at DIAN")
public class LookupController {
    private final LookupsUseCase lookups;
    private final LookupsCachePolicy cachePolicy;

    public LookupController(LookupsUseCase lookups, LookupsCachePolicy cachePolicy) {
        this.lookups = lookups;
        this.cachePolicy = cachePolicy;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Colombian municipalities with their DANE code",
            description = "Optional filters (case- and accent-insensitive, 'contains'): name, department.")
    public ResponseEntity<List<MunicipalityResponse>> municipalities(
            @Parameter(example = "san gil") @RequestParam(required = false) String name,
            @Parameter(example = "Santander") @RequestParam(required = false) String department) {
        return cached(lookups.municipalities(name, department).stream().map(MunicipalityResponse::of).toList());
    }

    @GetMapping("/taxes")
    @Operation(summary = "Taxes an item may carry (DIAN tribute codes)")
    public ResponseEntity<List<TaxResponse>> taxes(@RequestParam(required = false) String name) {
        return cached(lookups.productTaxes(name).stream().map(TaxResponse::of).toList());
    }

    @GetMapping("/units")
    @Operation(summary = "DIAN units of measure")
    public ResponseEntity<List<UnitResponse>> units(@RequestParam(required = false) String name) {
        return cached(lookups.measurementUnits(name).stream().map(UnitResponse::of).toList());
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries (ISO code, Spanish name)", description = "Optional name filter.")
    public ResponseEntity<List<CountryResponse>> countries(
            @Parameter(example = "colombia") @RequestParam(required = false) String name) {
        return cached(lookups.countries(name).stream().map(CountryResponse::of).toList());
    }

    @GetMapping("/acquirer")
    @Operation(summary = "A buyer's name and e-mail as DIAN has them",
            description = "identification_document_type is a code of the identification_document_types table (CC, "
                    + "NIT, ...) or the provider's numeric id. 404 when DIAN knows no such buyer.")
    public ResponseEntity<AcquirerResponse> acquirer(
            @Parameter(example = "CC") @RequestParam("identification_document_type") String documentType,
            @Parameter(example = "1399995") @RequestParam("identification_number") String number) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(AcquirerResponse.of(lookups.acquirer(documentType, number)));
    }

    @GetMapping("/reference-tables")
    @Operation(summary = "The code tables POST /api/v1/invoices accepts",
            description = "Served locally (no upstream call), built from the same tables the invoice model parses.")
    public ResponseEntity<Map<String, List<EntryResponse>>> referenceTables() {
        Map<String, List<EntryResponse>> tables = new LinkedHashMap<>();
        lookups.referenceTables().forEach((name, entries) ->
                tables.put(name, entries.stream().map(EntryResponse::of).toList()));
        return cached(tables);
    }

    @PostMapping("/refresh")
    @Operation(summary = "Drop the cached catalogues (admin only)",
            description = "The next lookup or invoice fetches them again from the provider.")
    public ResponseEntity<Void> refresh() {
        lookups.refresh();
        return ResponseEntity.noContent().build();
    }

    private <T> ResponseEntity<T> cached(T body) {
        return ResponseEntity.ok().cacheControl(cachePolicy.catalogue()).body(body);
    }
}
