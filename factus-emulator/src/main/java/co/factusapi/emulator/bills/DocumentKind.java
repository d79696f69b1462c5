package co.factusapi.emulator.bills;

/** What differs between an invoice and a credit note when rendered as UBL, PDF or a DIAN file name. */
public enum DocumentKind {
    INVOICE("Invoice", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "InvoiceLine", "InvoicedQuantity",
            "CUFE", "Factura electrónica de venta", "fv"),
    CREDIT_NOTE("CreditNote", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNoteLine",
            "CreditedQuantity", "CUDE", "Nota crédito electrónica", "nc");

    private final String rootElement;
    private final String namespace;
    private final String lineElement;
    private final String quantityElement;
    private final String uuidName;
    private final String title;
    private final String filePrefix;

    DocumentKind(String rootElement, String namespace, String lineElement, String quantityElement, String uuidName,
            String title, String filePrefix) {
        this.rootElement = rootElement;
        this.namespace = namespace;
        this.lineElement = lineElement;
        this.quantityElement = quantityElement;
        this.uuidName = uuidName;
        this.title = title;
        this.filePrefix = filePrefix;
    }

    /** DIAN file name: prefix + NIT padded to 10 + provider code 000 + 2-digit year + 8-digit yearly sequence (§3.4). */
    public String fileName(String nit, int year, int sequence) {
        return String.format("%s%010d000%02d%08d", filePrefix, Long.parseLong(nit), year % 100, sequence);
    }

    public String rootElement() {
        return rootElement;
    }

    public String namespace() {
        return namespace;
    }

    public String lineElement() {
        return lineElement;
    }

    public String quantityElement() {
        return quantityElement;
    }

    public String uuidName() {
        return uuidName;
    }

    public String title() {
        return title;
    }
}
