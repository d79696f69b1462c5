package co.factusapi.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.testsupport.Invoices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InvoiceRequestTest {

    @Test
    void aCompleteInvoiceIsAcceptedWithDefaults() {
        InvoiceRequest request = Invoices.request("REF-1");
        assertThat(request.documentType()).isEqualTo(InvoiceType.INVOICE);
        assertThat(request.paymentForm()).isEqualTo(PaymentForm.CASH);
        assertThat(request.paymentMethod()).isEqualTo(PaymentMethod.CASH);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceWithItsPath() {
        DocumentLine badItem = new DocumentLine("", "Item", 0, new BigDecimal("10.555"), new BigDecimal("120"),
                new BigDecimal("19"), "94", StandardCode.OWN, true, ItemTribute.INC, null, null, List.of(), null);
        List<FieldViolation> violations = violations(() -> new InvoiceRequest("SE TP", null, "bad ref?", null,
                PaymentForm.CREDIT, null, null, null, null, null, null, null, null, null, Invoices.person(),
                List.of(Invoices.item("100.00", "19.00"), badItem)));
        assertThat(violations).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                "numbering_range_prefix", "reference_code", "payment_due_date", "items[1].code_reference",
                "items[1].quantity", "items[1].price", "items[1].discount_rate", "items[1].is_excluded");
    }

    @Test
    void aNitNeedsItsCorrectCheckDigit() {
        assertThatCode(() -> Invoices.request("R", Invoices.company("901724254", "1"))).doesNotThrowAnyException();
        assertThat(violations(() -> Invoices.request("R", Invoices.company("901724254", null))))
                .containsExactly(new FieldViolation("customer.dv", "is required"));
        assertThat(violations(() -> Invoices.request("R", Invoices.company("901724254", "2"))))
                .extracting(FieldViolation::field).containsExactly("customer.dv");
        assertThat(violations(() -> Invoices.request("R", Invoices.company("901.724.254", "1"))))
                .extracting(FieldViolation::field).containsExactly("customer.identification");
    }

    @Test
    void anInvoiceNeedsItems() {
        assertThat(violations(() -> new InvoiceRequest("SETP", null, "R", null, null, null, null, null, null, null,
                null, null, null, null, Invoices.person(), List.of())))
                .containsExactly(new FieldViolation("items", "must contain at least one item"));
    }

    @Test
    void creditWithADueDateAndAValidBillingPeriodPass() {
        InvoiceRequest.BillingPeriod sameDay = new InvoiceRequest.BillingPeriod(LocalDate.of(2026, 3, 6), null,
                LocalDate.of(2026, 3, 6), "23:59:59");
        assertThat(violations(() -> new InvoiceRequest("SETP", null, "R", null, PaymentForm.CREDIT, null,
                LocalDate.of(2026, 4, 1), null, null, null, null, sameDay, null, null, Invoices.person(),
                List.of(Invoices.item("100.00", "19.00")))))
                .containsExactly(new FieldViolation("billing_period.end_date", "must be after start_date"));
    }

    @Test
    void aCompanyNeedsItsNameAndContactDataMustBeWellFormed() {
        Customer nameless = new Customer(IdentificationType.NIT, "901724254", "1", null, null, null, null,
                "not-an-email", null, "123", OrganizationType.COMPANY, CustomerTribute.IVA);
        assertThat(violations(() -> Invoices.request("R", nameless))).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("customer.company", "customer.email", "customer.municipality_code");
    }

    private static List<FieldViolation> violations(Supplier<InvoiceRequest> construction) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, construction::get);
        assertThat(e).as("expected the request to be refused").isNotNull();
        return e.violations();
    }
}
