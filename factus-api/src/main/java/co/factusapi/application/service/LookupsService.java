package co.factusapi.application.service;

import co.factusapi.application.port.in.LookupsUseCase;
import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.domain.catalog.Acquirer;
import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.catalog.ReferenceEntry;
import co.factusapi.domain.catalog.TextMatch;
import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.InvoiceType;
import co.factusapi.domain.invoice.OperationType;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

public final class LookupsService implements LookupsUseCase {
    private static final Pattern PROVIDER_ID = Pattern.compile("\\d{1,3}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    /**
     * Built once from the canonical code tables the invoice model parses: one source of truth, so a listed code is
     * always accepted (the original listed document types 01/03 while accepting invoice/export).
     */
    private static final Map<String, List<ReferenceEntry>> REFERENCE_TABLES = referenceTablesOf();

    private final ReferenceDataGateway catalogues;

    public LookupsService(ReferenceDataGateway catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public List<Municipality> municipalities(String name, String department) {
        return catalogues.municipalities().stream()
                .filter(m -> TextMatch.contains(m.name(), name) && TextMatch.contains(m.department(), department))
                .toList();
    }

    @Override
    public List<ProductTax> productTaxes(String name) {
        return filtered(catalogues.productTaxes(), ProductTax::name, name);
    }

    @Override
    public List<MeasurementUnit> measurementUnits(String name) {
        return filtered(catalogues.measurementUnits(), MeasurementUnit::name, name);
    }

    @Override
    public List<Country> countries(String name) {
        return filtered(catalogues.countries(), Country::name, name);
    }

    @Override
    public Acquirer acquirer(String documentType, String number) {
        IdentificationType type = identificationType(documentType);
        if (number == null || !DOCUMENT_NUMBER.matcher(number.trim()).matches()) {
            throw InvalidRequestException.of("identification_number", "must be 1 to 20 letters, digits or dashes");
        }
        return catalogues.acquirer(type, number.trim())
                .orElseThrow(() -> new NotFoundException("DIAN has no acquirer registered with that document."));
    }

    @Override
    public Map<String, List<ReferenceEntry>> referenceTables() {
        return REFERENCE_TABLES;
    }

    @Override
    public void refresh() {
        catalogues.refresh();
    }

    private IdentificationType identificationType(String value) {
        if (value != null) {
            Optional<IdentificationType> canonical = CodeTable.parse(IdentificationType.class, value);
            if (canonical.isPresent()) {
                return canonical.get();
            }
            if (PROVIDER_ID.matcher(value.trim()).matches()) {
                Optional<IdentificationType> byId = catalogues.identificationTypeByProviderId(Integer.parseInt(value.trim()));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
        }
        throw new InvalidRequestException(List.of(new FieldViolation("identification_document_type",
                "unknown document type; accepted: " + String.join(", ", CodeTable.codes(IdentificationType.class))
                        + " (or the provider's numeric id)")));
    }

    private static <T> List<T> filtered(List<T> rows, Function<T, String> name, String filter) {
        return rows.stream().filter(row -> TextMatch.contains(name.apply(row), filter)).toList();
    }

    private static Map<String, List<ReferenceEntry>> referenceTablesOf() {
        Map<String, List<ReferenceEntry>> tables = new LinkedHashMap<>();
        tables.put("identification_document_types", entries(IdentificationType.class));
        tables.put("legal_organization_types", entries(OrganizationType.class));
        tables.put("customer_tribute_types", entries(CustomerTribute.class));
        tables.put("item_tribute_types", entries(ItemTribute.class));
        tables.put("payment_methods", entries(PaymentMethod.class));
        tables.put("payment_forms", entries(PaymentForm.class));
        tables.put("product_standard_codes", entries(StandardCode.class));
        tables.put("document_types", entries(InvoiceType.class));
        tables.put("operation_types", entries(OperationType.class));
        tables.put("numbering_range_documents", entries(RangeDocument.class));
        return Collections.unmodifiableMap(tables);
    }

    private static <E extends Enum<E> & CodeTable> List<ReferenceEntry> entries(Class<E> table) {
        List<ReferenceEntry> entries = new ArrayList<>();
        Arrays.stream(table.getEnumConstants())
                .forEach(e -> entries.add(new ReferenceEntry(e.code(), e.description(), e.dianCode())));
        return List.copyOf(entries);
    }
}
