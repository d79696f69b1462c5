package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.Codes;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.CustomerBody;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.invoice.InvoiceType;
import co.factusapi.domain.invoice.OperationType;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.util.ArrayList;
import java.util.List;

/** Web body to domain: parses every code (collecting all unknown ones) before the domain checks its own rules. */
public final class InvoiceRequestMapper {
    private final Codes codes;

    private InvoiceRequestMapper(Codes codes) {
        this.codes = codes;
    }

    public static InvoiceRequest toDomain(InvoiceRequestBody body) {
        return new InvoiceRequestMapper(new Codes()).map(body);
    }

    private InvoiceRequest map(InvoiceRequestBody body) {
        InvoiceType documentType = codes.code(InvoiceType.class, body.documentType(), "document_type");
        PaymentForm paymentForm = codes.code(PaymentForm.class, body.paymentForm(), "payment_form");
        OperationType operationType = codes.code(OperationType.class, body.operationType(), "operation_type");
        PaymentMethod paymentMethod = codes.paymentMethod(body.paymentMethodCode(), "payment_method_code");
        Customer customer = body.customer() == null ? null : customer(body.customer());
        List<DocumentLine> items = items(body.items() == null ? List.of() : body.items());
        codes.check();
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

    /** Lines in the canonical item shape (notes take the invoice's), every unknown code reported at once. */
    public static List<DocumentLine> toItems(List<ItemBody> bodies) {
        Codes codes = new Codes();
        List<DocumentLine> items = items(codes, bodies);
        codes.check();
        return items;
    }

    /** Lines of any document body; unknown codes go to {@code codes}, with the other codes of that body. */
    public static List<DocumentLine> items(Codes codes, List<ItemBody> bodies) {
        return new InvoiceRequestMapper(codes).items(bodies);
    }

    private List<DocumentLine> items(List<ItemBody> bodies) {
        List<DocumentLine> items = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            items.add(item(bodies.get(i), "items[" + i + "]"));
        }
        return items;
    }

    private Customer customer(CustomerBody body) {
        return new Customer(codes.code(IdentificationType.class, body.documentType(), "customer.document_type"),
                body.identification(), body.dv(), body.company(), body.tradeName(), body.names(), body.address(),
                body.email(), body.phone(), body.municipalityCode(),
                codes.code(OrganizationType.class, body.organizationType(), "customer.organization_type"),
                codes.code(CustomerTribute.class, body.tribute(), "customer.tribute"));
    }

    private DocumentLine item(ItemBody body, String path) {
        if (body == null) {
            codes.missing(path);
            return null;
        }
        DocumentLine.Mandate mandate = body.mandate() == null ? null : new DocumentLine.Mandate(
                codes.code(IdentificationType.class, body.mandate().documentType(), path + ".mandate.document_type"),
                body.mandate().identification());
        return new DocumentLine(body.codeReference(), body.name(), body.quantity() == null ? 0 : body.quantity(),
                body.price(), body.discountRate(), body.taxRate(), body.unitMeasureCode(),
                codes.code(StandardCode.class, body.standardCode(), path + ".standard_code"),
                Boolean.TRUE.equals(body.isExcluded()),
                codes.code(ItemTribute.class, body.tribute(), path + ".tribute"), body.schemeId(), body.note(),
                body.withholdingTaxes() == null ? null : body.withholdingTaxes().stream().map(w ->
                        new DocumentLine.WithholdingTax(w.code(), w.withholdingTaxRate())).toList(),
                mandate);
    }
}
