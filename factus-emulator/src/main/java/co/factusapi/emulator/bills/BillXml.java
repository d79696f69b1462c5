package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Company;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UBL 2.1 {@code Invoice} with the DIAN extensions, close enough in structure for parsers and assertions. */
final class BillXml {
    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String STS = "dian:gov:co:facturaelectronica:Structures-2-1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private BillXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] render(Bill bill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            new BillXml(writer).invoice(bill);
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the invoice XML", e);
        }
        return out.toByteArray();
    }

    private void invoice(Bill bill) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(INVOICE);
        xml.setPrefix("cac", CAC);
        xml.setPrefix("cbc", CBC);
        xml.setPrefix("ext", EXT);
        xml.setPrefix("sts", STS);
        xml.writeStartElement(INVOICE, "Invoice");
        xml.writeDefaultNamespace(INVOICE);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        xml.writeNamespace("ext", EXT);
        xml.writeNamespace("sts", STS);
        dianExtensions(bill);
        cbc("UBLVersionID", "UBL 2.1");
        cbc("CustomizationID", "10");
        cbc("ProfileID", "DIAN 2.1: Factura Electrónica de Venta");
        cbc("ProfileExecutionID", Cufe.TEST_ENVIRONMENT);
        cbc("ID", bill.number());
        xml.writeStartElement(CBC, "UUID");
        xml.writeAttribute("schemeID", Cufe.TEST_ENVIRONMENT);
        xml.writeAttribute("schemeName", "CUFE-SHA384");
        xml.writeCharacters(bill.cufe());
        xml.writeEndElement();
        cbc("IssueDate", bill.createdAt().toLocalDate().toString());
        cbc("IssueTime", bill.createdAt().format(DateTimeFormatter.ofPattern("HH:mm:ssxxx")));
        cbc("InvoiceTypeCode", bill.draft().document());
        if (bill.draft().observation() != null) {
            cbc("Note", bill.draft().observation());
        }
        cbc("DocumentCurrencyCode", "COP");
        cbc("LineCountNumeric", String.valueOf(bill.draft().items().size()));
        supplier(bill.company());
        customer(bill);
        xml.writeStartElement(CAC, "PaymentMeans");
        cbc("ID", bill.draft().paymentForm());
        cbc("PaymentMeansCode", bill.draft().paymentMethodCode());
        xml.writeEndElement();
        taxTotal(bill.totals().tax(), bill.totals().gross());
        monetaryTotal(bill.totals());
        lines(bill);
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void dianExtensions(Bill bill) throws XMLStreamException {
        xml.writeStartElement(EXT, "UBLExtensions");
        xml.writeStartElement(EXT, "UBLExtension");
        xml.writeStartElement(EXT, "ExtensionContent");
        xml.writeStartElement(STS, "DianExtensions");
        xml.writeStartElement(STS, "InvoiceControl");
        element(STS, "InvoiceAuthorization", bill.range().resolutionNumber());
        xml.writeStartElement(STS, "AuthorizedInvoices");
        element(STS, "Prefix", bill.range().prefix());
        element(STS, "From", String.valueOf(bill.range().from()));
        element(STS, "To", String.valueOf(bill.range().to()));
        xml.writeEndElement();
        xml.writeEndElement();
        element(STS, "QRCode", bill.qrUrl());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void supplier(Company company) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingSupplierParty");
        cbc("AdditionalAccountID", company.legalOrganizationCode());
        party(company.displayName(), company.nit(), "31", company.dv());
        xml.writeEndElement();
    }

    private void customer(Bill bill) throws XMLStreamException {
        BillDraft.Customer customer = bill.customer();
        CodeEntry document = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, customer.identificationDocumentId());
        xml.writeStartElement(CAC, "AccountingCustomerParty");
        cbc("AdditionalAccountID", String.valueOf(customer.legalOrganizationId()));
        party(customer.displayName(), customer.identification(), document.code(), bill.customerDv());
        xml.writeEndElement();
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

    private void monetaryTotal(BillTotals totals) throws XMLStreamException {
        xml.writeStartElement(CAC, "LegalMonetaryTotal");
        amount("LineExtensionAmount", totals.gross());
        amount("TaxExclusiveAmount", totals.gross());
        amount("TaxInclusiveAmount", totals.gross().add(totals.tax()));
        amount("AllowanceTotalAmount", totals.discount());
        amount("ChargeTotalAmount", totals.surcharge());
        amount("PayableAmount", totals.total());
        xml.writeEndElement();
    }

    private void lines(Bill bill) throws XMLStreamException {
        List<BillDraft.Item> items = bill.draft().items();
        for (int i = 0; i < items.size(); i++) {
            BillDraft.Item item = items.get(i);
            LineAmounts line = bill.totals().lines().get(i);
            xml.writeStartElement(CAC, "InvoiceLine");
            cbc("ID", String.valueOf(i + 1));
            xml.writeStartElement(CBC, "InvoicedQuantity");
            xml.writeAttribute("unitCode", Catalog.byId(Catalog.MEASUREMENT_UNITS, item.unitMeasureId()).code());
            xml.writeCharacters(String.valueOf(item.quantity()));
            xml.writeEndElement();
            amount("LineExtensionAmount", line.taxable());
            taxTotal(line.tax(), line.taxable());
            xml.writeStartElement(CAC, "Item");
            cbc("Description", item.name());
            xml.writeStartElement(CAC, "StandardItemIdentification");
            cbc("ID", item.codeReference());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(CAC, "Price");
            amount("PriceAmount", item.price());
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
