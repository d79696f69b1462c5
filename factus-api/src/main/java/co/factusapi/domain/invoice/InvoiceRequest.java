package co.factusapi.domain.invoice;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.party.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales invoice to issue, in canonical, provider-neutral terms (a numbering-range prefix instead of a provider
 * range id, DANE municipality codes, DIAN code tables). Constructing one checks every rule and reports all broken
 * ones at once, each with its field path.
 */
public record InvoiceRequest(String numberingRangePrefix, InvoiceType documentType, String referenceCode,
                             String observation, PaymentForm paymentForm, PaymentMethod paymentMethod,
                             LocalDate paymentDueDate, OperationType operationType, Boolean sendEmail,
                             OrderReference orderReference, List<RelatedDocument> relatedDocuments,
                             BillingPeriod billingPeriod, Establishment establishment,
                             List<AllowanceCharge> allowanceCharges, Customer customer, List<DocumentLine> items)
        implements DocumentRequest {

    public InvoiceRequest {
        documentType = documentType == null ? InvoiceType.INVOICE : documentType;
        paymentForm = paymentForm == null ? PaymentForm.CASH : paymentForm;
        paymentMethod = paymentMethod == null ? PaymentMethod.CASH : paymentMethod;
        relatedDocuments = relatedDocuments == null ? List.of() : List.copyOf(relatedDocuments);
        allowanceCharges = allowanceCharges == null ? List.of() : List.copyOf(allowanceCharges);
        items = items == null ? List.of() : List.copyOf(items);
        List<FieldViolation> violations = InvoiceRules.check(numberingRangePrefix, documentType, referenceCode,
                observation, paymentForm, paymentDueDate, relatedDocuments, billingPeriod, establishment,
                allowanceCharges, customer, items);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INVOICE;
    }

    public record OrderReference(String referenceCode, LocalDate issueDate) {
    }

    public record RelatedDocument(String code, LocalDate issueDate, String number) {
    }

    /** Times are "HH:mm:ss" as DIAN expects; DIAN requires the end strictly after the start date. */
    public record BillingPeriod(LocalDate startDate, String startTime, LocalDate endDate, String endTime) {
    }

    public record Establishment(String name, String address, String phoneNumber, String email, String municipalityCode) {
    }

    /** Only concept "03" (recargo condicionado) is active at Factus v1. */
    public record AllowanceCharge(String conceptType, boolean surcharge, String reason, BigDecimal baseAmount,
                                  BigDecimal amount) {
    }
}
