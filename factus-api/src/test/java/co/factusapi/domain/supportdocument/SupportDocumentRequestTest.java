package co.factusapi.domain.supportdocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.testsupport.Invoices;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportDocumentRequestTest {

    @Test
    void aResidentSellerNeedsAMunicipalityAndANitItsCheckDigit() {
        Seller resident = new Seller(IdentificationType.NIT, "901724254", "7", "Ana Gómez", null, "Calle 1",
                null, null, "CO", null, OrganizationType.PERSON);
        assertThat(fields(resident)).containsExactlyInAnyOrder("provider.dv", "provider.municipality_code", "provider.email");
    }

    @Test
    void aSellerAbroadNeedsItsCountryAndAForeignDocument() {
        Seller abroad = new Seller(IdentificationType.CC, "123", null, "John Smith", null, null, null, null, null,
                null, OrganizationType.PERSON);
        assertThat(fields(abroad)).containsExactlyInAnyOrder("provider.document_type", "provider.address",
                "provider.country_code", "provider.email");
        Seller withCountry = new Seller(IdentificationType.NIT, "123", "8", "John Smith", null, "1 Main St",
                "john@example.com", null, "US", null, OrganizationType.PERSON);
        assertThat(fields(withCountry)).containsExactly("provider.document_type");
    }

    @Test
    void aCompleteSellerAbroadIsAccepted() {
        Seller abroad = new Seller(IdentificationType.PASAPORTE, "X1234567", null, "John Smith", null, "1 Main St",
                "john@example.com", null, "US", null, OrganizationType.PERSON);
        SupportDocumentRequest request = request(abroad);
        assertThat(request.provider().resident()).isFalse();
        assertThat(request.paymentMethod().code()).isEqualTo("cash_payment");
    }

    private static List<String> fields(Seller seller) {
        try {
            request(seller);
        } catch (InvalidRequestException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        return List.of();
    }

    private static SupportDocumentRequest request(Seller seller) {
        return new SupportDocumentRequest(null, "DS-1", null, null, seller, List.of(Invoices.item("50000.00", "0.00")));
    }

    @Test
    void withoutASellerTheProviderIsRequired() {
        assertThatThrownBy(() -> request(null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("provider"));
    }
}
