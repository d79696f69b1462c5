package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Company;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UBL 2.1 Invoice, CreditNote or DebitNote with the DIAN extensions, well-formed and namespace-correct. */
public final class DocumentXml {
    public static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static final String STS = "dian:gov:co:facturaelectronica:Structures-2-1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private DocumentXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static byte[] render(IssuedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new DocumentXml(writer).document(document);
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the UBL XML", e);
        }
        return out.toByteArray();
    }

    private void document(IssuedDocument document) throws XMLStreamException {
        DocumentKind kind = document.kind();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(kind.namespace());
        xml.setPrefix("cac", CAC);
        xml.setPrefix("cbc", CBC);
        xml.setPrefix("ext", EXT);
        xml.setPrefix("sts", STS);
        xml.writeStartElement(kind.namespace(), kind.rootElement());
        xml.writeDefaultNamespace(kind.namespace());
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        xml.writeNamespace("ext", EXT);
        xml.writeNamespace("sts", STS);
        dianExtensions(document);
        cbc("UBLVersionID", "UBL 2.1");
        cbc("CustomizationID", document.customizationId());
        cbc("ProfileID", "DIAN 2.1: " + kind.title());
        cbc("ProfileExecutionID", Cufe.TEST_ENVIRONMENT);
        cbc("ID", document.number());
        uuid(document.uuid(), kind.uuidName());
        cbc("IssueDate", document.createdAt().toLocalDate().toString());
        cbc("IssueTime", ColombiaTime.timeWithOffset(document.createdAt()));
        if (kind.typeCodeElement() != null) {
            cbc(kind.typeCodeElement(), kind.typeCode());
        }
        if (document.observation() != null) {
            cbc("Note", document.observation());
        }
        cbc("DocumentCurrencyCode", "COP");
        cbc("LineCountNumeric", String.valueOf(document.lines().size()));
        billingReference(document.correctedDocument());
        // A support document is issued by the buyer: the provider sells, so it is the UBL supplier.
        if (kind.issuedByBuyer()) {
            supplier(document.counterpart());
            customer(document.company());
        } else {
            supplier(document.company());
            customer(document.counterpart());
        }
        xml.writeStartElement(CAC, "PaymentMeans");
        cbc("ID", "1");
        cbc("PaymentMeansCode", document.paymentMethodCode());
        xml.writeEndElement();
        taxTotal(document.totals().tax(), document.totals().gross());
        monetaryTotal(document.totals());
        lines(document);
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void uuid(String value, String name) throws XMLStreamException {
        xml.writeStartElement(CBC, "UUID");
        xml.writeAttribute("schemeID", Cufe.TEST_ENVIRONMENT);
        xml.writeAttribute("schemeName", name + "-SHA384");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void billingReference(IssuedDocument invoice) throws XMLStreamException {
        if (invoice == null) {
            return;
        }
        xml.writeStartElement(CAC, "BillingReference");
        xml.writeStartElement(CAC, "InvoiceDocumentReference");
        cbc("ID", invoice.number());
        uuid(invoice.uuid(), invoice.kind().uuidName());
        cbc("IssueDate", invoice.createdAt().toLocalDate().toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void dianExtensions(IssuedDocument document) throws XMLStreamException {
        xml.writeStartElement(EXT, "UBLExtensions");
        xml.writeStartElement(EXT, "UBLExtension");
        xml.writeStartElement(EXT, "ExtensionContent");
        xml.writeStartElement(STS, "DianExtensions");
        if (document.range().resolutionNumber() != null) {
            xml.writeStartElement(STS, "InvoiceControl");
            element(STS, "InvoiceAuthorization", document.range().resolutionNumber());
            xml.writeStartElement(STS, "AuthorizedInvoices");
            element(STS, "Prefix", document.range().prefix());
            element(STS, "From", String.valueOf(document.range().from()));
            element(STS, "To", String.valueOf(document.range().to()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        element(STS, "QRCode", document.qrUrl());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void supplier(Company company) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingSupplierParty");
        companyParty(company);
        xml.writeEndElement();
    }

    private void supplier(Party party) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingSupplierParty");
        party(party);
        xml.writeEndElement();
    }

    private void customer(Company company) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingCustomerParty");
        companyParty(company);
        xml.writeEndElement();
    }

    private void customer(Party party) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingCustomerParty");
        party(party);
        xml.writeEndElement();
    }

    private void companyParty(Company company) throws XMLStreamException {
        cbc("AdditionalAccountID", company.legalOrganizationCode());
        party(company.displayName(), company.nit(), "31", company.dv());
    }

    private void party(Party party) throws XMLStreamException {
        cbc("AdditionalAccountID", party.legalOrganizationCode());
        party(party.name(), party.identification(), party.identificationTypeCode(), party.dv());
    }

    private void party(String name, String id, String schemeName, String dv) throws XMLStreamException {
        xml.writeStartElement(CAC, "Party");
        xml.writeStartElement(CAC, "PartyName");
        cbc("Name", name);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PartyTaxScheme");
        cbc("RegistrationName", name);
        xml.writeStartElement(CBC, "CompanyID");
        xml.writeAttribute("schemeAgencyID", "195");
        xml.writeAttribute("schemeName", schemeName);
        if (dv != null) {
            xml.writeAttribute("schemeID", dv);
        }
        xml.writeCharacters(id);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void taxTotal(BigDecimal tax, BigDecimal taxable) throws XMLStreamException {
        xml.writeStartElement(CAC, "TaxTotal");
        amount("TaxAmount", tax);
        xml.writeStartElement(CAC, "TaxSubtotal");
        amount("TaxableAmount", taxable);
        amount("TaxAmount", tax);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void monetaryTotal(DocumentTotals totals) throws XMLStreamException {
        xml.writeStartElement(CAC, "LegalMonetaryTotal");
        amount("LineExtensionAmount", totals.gross());
        amount("TaxExclusiveAmount", totals.gross());
        amount("TaxInclusiveAmount", totals.gross().add(totals.tax()));
        amount("AllowanceTotalAmount", totals.discount());
        amount("ChargeTotalAmount", totals.surcharge());
        amount("PayableAmount", totals.total());
        xml.writeEndElement();
    }

    private void lines(IssuedDocument document) throws XMLStreamException {
        List<DocumentLine> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            xml.writeStartElement(CAC, document.kind().lineElement());
            cbc("ID", String.valueOf(i + 1));
            xml.writeStartElement(CBC, document.kind().quantityElement());
            xml.writeAttribute("unitCode", line.unitCode());
            xml.writeCharacters(line.quantity().stripTrailingZeros().toPlainString());
            xml.writeEndElement();
            amount("LineExtensionAmount", line.taxable());
            taxTotal(line.tax(), line.taxable());
            xml.writeStartElement(CAC, "Item");
            cbc("Description", line.description());
            xml.writeStartElement(CAC, "StandardItemIdentification");
            cbc("ID", line.code());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(CAC, "Price");
            amount("PriceAmount", line.unitPrice());
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private void cbc(String name, String value) throws XMLStreamException {
        element(CBC, name, value);
    }

    private void element(String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void amount(String name, BigDecimal value) throws XMLStreamException {
        xml.writeStartElement(CBC, name);
        xml.writeAttribute("currencyID", "COP");
        xml.writeCharacters(Money.text(value));
        xml.writeEndElement();
    }
}
