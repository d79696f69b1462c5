package co.factusapi.domain.invoice;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest.AllowanceCharge;
import co.factusapi.domain.invoice.InvoiceRequest.BillingPeriod;
import co.factusapi.domain.invoice.InvoiceRequest.Establishment;
import co.factusapi.domain.invoice.InvoiceRequest.RelatedDocument;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.domain.party.OrganizationType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a sales invoice must meet before it may leave for the provider (Factus/DIAN limits in comments). */
final class InvoiceRules {
    private static final Pattern DANE_CODE = Pattern.compile("\\d{5}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern IDENTIFICATION = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d");

    private InvoiceRules() {
    }

    static List<FieldViolation> check(String prefix, InvoiceType documentType, String referenceCode, String observation,
                                      PaymentForm paymentForm, LocalDate paymentDueDate,
                                      List<RelatedDocument> relatedDocuments, BillingPeriod billingPeriod,
                                      Establishment establishment, List<AllowanceCharge> charges, Customer customer,
                                      List<DocumentLine> items) {
        Checks checks = new Checks();
        DocumentRules.prefix(checks, prefix, true);
        DocumentRules.referenceCode(checks, referenceCode);
        checks.text(observation, "observation", 250, false);
        checks.require(paymentForm != PaymentForm.CREDIT || paymentDueDate != null, "payment_due_date",
                "is required when payment_form is credit");
        checks.require(documentType != InvoiceType.CONTINGENCY || !relatedDocuments.isEmpty(), "related_documents",
                "a contingency invoice must cite at least one related document");
        relatedDocuments(checks, relatedDocuments);
        billingPeriod(checks, billingPeriod);
        establishment(checks, establishment);
        charges(checks, charges);
        customer(checks, customer);
        DocumentRules.lines(checks, items);
        return checks.violations();
    }

    private static void relatedDocuments(Checks checks, List<RelatedDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            RelatedDocument document = documents.get(i);
            String path = "related_documents[" + i + "]";
            checks.present(document.code(), path + ".code");
            checks.present(document.issueDate(), path + ".issue_date");
            checks.present(document.number(), path + ".number");
            checks.text(document.number(), path + ".number", 40, false);
        }
    }

    private static void billingPeriod(Checks checks, BillingPeriod period) {
        if (period == null) {
            return;
        }
        checks.present(period.startDate(), "billing_period.start_date");
        checks.present(period.endDate(), "billing_period.end_date");
        checks.present(period.endTime(), "billing_period.end_time");
        checks.pattern(period.startTime(), TIME, "billing_period.start_time", "must be HH:mm:ss");
        checks.pattern(period.endTime(), TIME, "billing_period.end_time", "must be HH:mm:ss");
        if (period.startDate() != null && period.endDate() != null) {
            // DIAN/Factus refuse a same-day period: the end must be strictly after the start (docs/factus-upstream.md §3.2).
            checks.require(period.endDate().isAfter(period.startDate()), "billing_period.end_date",
                    "must be after start_date");
        }
    }

    private static void establishment(Checks checks, Establishment establishment) {
        if (establishment == null) {
            return;
        }
        checks.text(establishment.name(), "establishment.name", 250, true);
        checks.text(establishment.address(), "establishment.address", 250, true);
        checks.text(establishment.phoneNumber(), "establishment.phone_number", 30, true);
        checks.email(establishment.email(), "establishment.email");
        if (checks.present(establishment.municipalityCode(), "establishment.municipality_code")) {
            checks.pattern(establishment.municipalityCode(), DANE_CODE, "establishment.municipality_code",
                    "must be a 5-digit DANE code");
        }
    }

    private static void charges(Checks checks, List<AllowanceCharge> charges) {
        for (int i = 0; i < charges.size(); i++) {
            AllowanceCharge charge = charges.get(i);
            String path = "allowance_charges[" + i + "]";
            checks.require("03".equals(charge.conceptType()), path + ".concept_type",
                    "only \"03\" (recargo condicionado) is accepted");
            checks.text(charge.reason(), path + ".reason", 250, true);
            if (checks.present(charge.baseAmount(), path + ".base_amount")) {
                checks.decimal(charge.baseAmount(), path + ".base_amount", BigDecimal.ZERO, DocumentRules.MAX_AMOUNT, false);
            }
            if (checks.present(charge.amount(), path + ".amount")) {
                checks.decimal(charge.amount(), path + ".amount", BigDecimal.ZERO, DocumentRules.MAX_AMOUNT, false);
            }
        }
    }

    private static void customer(Checks checks, Customer customer) {
        if (!checks.present(customer, "customer")) {
            return;
        }
        checks.present(customer.documentType(), "customer.document_type");
        checks.present(customer.organizationType(), "customer.organization_type");
        checks.present(customer.tribute(), "customer.tribute");
        identification(checks, customer);
        checks.text(customer.company(), "customer.company", 450, false);
        checks.text(customer.names(), "customer.names", 450, false);
        checks.text(customer.tradeName(), "customer.trade_name", 450, false);
        checks.text(customer.address(), "customer.address", 250, false);
        checks.text(customer.phone(), "customer.phone", 30, false);
        checks.email(customer.email(), "customer.email");
        if (customer.organizationType() == OrganizationType.COMPANY) {
            checks.present(customer.company(), "customer.company");
        } else {
            checks.require(customer.names() != null && !customer.names().isBlank() || customer.company() != null
                    && !customer.company().isBlank(), "customer.names", "is required for a natural person");
        }
        checks.pattern(customer.municipalityCode(), DANE_CODE, "customer.municipality_code",
                "must be a 5-digit DANE code");
    }

    private static void identification(Checks checks, Customer customer) {
        String identification = customer.identification();
        if (!checks.present(identification, "customer.identification")) {
            return;
        }
        IdentificationType type = customer.documentType();
        if (type != null && type.isNumeric()) {
            checks.pattern(identification, DIGITS, "customer.identification",
                    "must be digits only (no DV, dots or hyphens) for " + type.code());
        } else {
            checks.pattern(identification, IDENTIFICATION, "customer.identification",
                    "must be 1 to 20 letters, digits or hyphens");
        }
        if (type == IdentificationType.NIT && DIGITS.matcher(identification).matches() && identification.length() <= 15) {
            if (checks.present(customer.dv(), "customer.dv")) {
                // A wrong DV is a DIAN rejection (rule FAK24); we catch it before it blocks the Factus account.
                checks.require(NitCheckDigit.matches(identification, customer.dv()), "customer.dv",
                        "is not the check digit of this NIT");
            }
        }
    }
}
