package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.CustomerBody;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.invoice.InvoiceType;
import co.factusapi.domain.invoice.OperationType;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Web body to domain: parses every code (collecting all unknown ones) before the domain checks its own rules. */
public final class InvoiceRequestMapper {
    private final List<FieldViolation> violations = new ArrayList<>();

    private InvoiceRequestMapper() {
    }

    static InvoiceRequest toDomain(InvoiceRequestBody body) {
        return new InvoiceRequestMapper().map(body);
    }

    private InvoiceRequest map(InvoiceRequestBody body) {
        InvoiceType documentType = optionalCode(InvoiceType.class, body.documentType(), "document_type");
        PaymentForm paymentForm = optionalCode(PaymentForm.class, body.paymentForm(), "payment_form");
        OperationType operationType = optionalCode(OperationType.class, body.operationType(), "operation_type");
        PaymentMethod paymentMethod = paymentMethod(body.paymentMethodCode());
        Customer customer = body.customer() == null ? null : customer(body.customer());
        List<DocumentLine> items = items(body.items() == null ? List.of() : body.items());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new InvoiceRequest(body.numberingRangePrefix(), documentType, body.referenceCode(), body.observation(),
                paymentForm, paymentMethod, body.paymentDueDate(), operationType, body.sendEmail(),
                body.orderReference() == null ? null : new InvoiceRequest.OrderReference(
                        body.orderReference().referenceCode(), body.orderReference().issueDate()),
                body.relatedDocuments() == null ? null : body.relatedDocuments().stream().map(d ->
                        new InvoiceRequest.RelatedDocument(d.code(), d.issueDate(), d.number())).toList(),
                body.billingPeriod() == null ? null : new InvoiceRequest.BillingPeriod(body.billingPeriod().startDate(),
                        body.billingPeriod().startTime(), body.billingPeriod().endDate(), body.billingPeriod().endTime()),
                body.establishment() == null ? null : new InvoiceRequest.Establishment(body.establishment().name(),
                        body.establishment().address(), body.establishment().phoneNumber(), body.establishment().email(),
                        body.establishment().municipalityCode()),
                body.allowanceCharges() == null ? null : body.allowanceCharges().stream().map(c ->
                        new InvoiceRequest.AllowanceCharge(c.conceptType(), Boolean.TRUE.equals(c.isSurcharge()),
                                c.reason(), c.baseAmount(), c.amount())).toList(),
                customer, items);
    }

    /** Lines in the canonical item shape (credit notes take the invoice's), every unknown code reported at once. */
    public static List<DocumentLine> toItems(List<ItemBody> bodies) {
        InvoiceRequestMapper mapper = new InvoiceRequestMapper();
        List<DocumentLine> items = mapper.items(bodies);
        if (!mapper.violations.isEmpty()) {
            throw new InvalidRequestException(mapper.violations);
        }
        return items;
    }

    private List<DocumentLine> items(List<ItemBody> bodies) {
        List<DocumentLine> items = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            items.add(item(bodies.get(i), "items[" + i + "]"));
        }
        return items;
    }

    private Customer customer(CustomerBody body) {
        return new Customer(requiredCode(IdentificationType.class, body.documentType(), "customer.document_type"),
                body.identification(), body.dv(), body.company(), body.tradeName(), body.names(), body.address(),
                body.email(), body.phone(), body.municipalityCode(),
                requiredCode(OrganizationType.class, body.organizationType(), "customer.organization_type"),
                requiredCode(CustomerTribute.class, body.tribute(), "customer.tribute"));
    }

    private DocumentLine item(ItemBody body, String path) {
        if (body == null) {
            violations.add(new FieldViolation(path, "is required"));
            return null;
        }
        DocumentLine.Mandate mandate = body.mandate() == null ? null : new DocumentLine.Mandate(
                requiredCode(IdentificationType.class, body.mandate().documentType(), path + ".mandate.document_type"),
                body.mandate().identification());
        return new DocumentLine(body.codeReference(), body.name(), body.quantity() == null ? 0 : body.quantity(),
                body.price(), body.discountRate(), body.taxRate(), body.unitMeasureCode(),
                requiredCode(StandardCode.class, body.standardCode(), path + ".standard_code"),
                Boolean.TRUE.equals(body.isExcluded()),
                requiredCode(ItemTribute.class, body.tribute(), path + ".tribute"), body.schemeId(), body.note(),
                body.withholdingTaxes() == null ? null : body.withholdingTaxes().stream().map(w ->
                        new DocumentLine.WithholdingTax(w.code(), w.withholdingTaxRate())).toList(),
                mandate);
    }

    private PaymentMethod paymentMethod(String value) {
        if (value == null) {
            return null;
        }
        Optional<PaymentMethod> method = CodeTable.parseCodeOrDianCode(PaymentMethod.class, value);
        if (method.isEmpty()) {
            violations.add(new FieldViolation("payment_method_code", "unknown payment method; accepted: "
                    + String.join(", ", CodeTable.codes(PaymentMethod.class)) + " or their DIAN codes"));
        }
        return method.orElse(null);
    }

    private <E extends Enum<E> & CodeTable> E optionalCode(Class<E> table, String value, String field) {
        return value == null ? null : requiredCode(table, value, field);
    }

    /** A missing code is left to the domain rules ("is required"); an unknown one is reported here. */
    private <E extends Enum<E> & CodeTable> E requiredCode(Class<E> table, String value, String field) {
        if (value == null) {
            return null;
        }
        Optional<E> parsed = CodeTable.parse(table, value);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown code \"" + abbreviate(value) + "\"; accepted: "
                    + String.join(", ", CodeTable.codes(table))));
        }
        return parsed.orElse(null);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
