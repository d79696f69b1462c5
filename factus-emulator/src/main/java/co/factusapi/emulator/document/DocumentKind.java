package co.factusapi.emulator.document;

/**
 * What differs between the document types when rendered as UBL, PDF or a DIAN file name. Support documents and
 * their adjustment notes are issued by the buyer: the provider is the UBL supplier there, and the company the
 * customer.
 */
public enum DocumentKind {
    INVOICE(Ubl.INVOICE, "01", "10", "CUFE", "Factura electrónica de venta", "la", "fv", false),
    CREDIT_NOTE(Ubl.CREDIT_NOTE, "91", "20", "CUDE", "Nota crédito electrónica", "la", "nc", false),
    /** DebitNote has no type code element in UBL 2.1. */
    DEBIT_NOTE(Ubl.DEBIT_NOTE, null, "30", "CUDE", "Nota débito electrónica", "la", "nd", false),
    /** DIAN type 05; customization 10 for resident providers (11 non-resident is chosen per document). */
    SUPPORT_DOCUMENT(Ubl.INVOICE, "05", "10", "CUDS", "Documento soporte", "el", "ds", true),
    ADJUSTMENT_NOTE(Ubl.CREDIT_NOTE, "95", "10", "CUDS", "Nota de ajuste al documento soporte", "la", "nas", true);

    /** The UBL 2.1 root, its namespace, and the names of its line and quantity elements. */
    enum Ubl {
        INVOICE("Invoice", "InvoiceLine", "InvoicedQuantity", "InvoiceTypeCode"),
        CREDIT_NOTE("CreditNote", "CreditNoteLine", "CreditedQuantity", "CreditNoteTypeCode"),
        DEBIT_NOTE("DebitNote", "DebitNoteLine", "DebitedQuantity", null);

        private final String root;
        private final String line;
        private final String quantity;
        private final String typeCode;

        Ubl(String root, String line, String quantity, String typeCode) {
            this.root = root;
            this.line = line;
            this.quantity = quantity;
            this.typeCode = typeCode;
        }
    }

    private final Ubl ubl;
    private final String typeCode;
    private final String customizationId;
    private final String uuidName;
    private final String title;
    private final String article;
    private final String filePrefix;
    private final boolean issuedByBuyer;

    DocumentKind(Ubl ubl, String typeCode, String customizationId, String uuidName, String title, String article,
            String filePrefix, boolean issuedByBuyer) {
        this.ubl = ubl;
        this.typeCode = typeCode;
        this.customizationId = customizationId;
        this.uuidName = uuidName;
        this.title = title;
        this.article = article;
        this.filePrefix = filePrefix;
        this.issuedByBuyer = issuedByBuyer;
    }

    /**
     * DIAN file name: prefix + NIT padded to 10 + provider code 000 + 2-digit year + 8-digit yearly sequence
     * (docs/factus-upstream.md §3.10).
     */
    public String fileName(String nit, int year, int sequence) {
        return String.format("%s%010d000%02d%08d", filePrefix, Long.parseLong(nit), year % 100, sequence);
    }

    public String rootElement() {
        return ubl.root;
    }

    public String namespace() {
        return "urn:oasis:names:specification:ubl:schema:xsd:" + ubl.root + "-2";
    }

    public String lineElement() {
        return ubl.line;
    }

    public String quantityElement() {
        return ubl.quantity;
    }

    /** The type-code element ("InvoiceTypeCode"), or null for debit notes. */
    public String typeCodeElement() {
        return ubl.typeCode;
    }

    public String typeCode() {
        return typeCode;
    }

    public String customizationId() {
        return customizationId;
    }

    public String uuidName() {
        return uuidName;
    }

    public String title() {
        return title;
    }

    /** Spanish article of the title, for "Corrige la factura …" / "Corrige el documento soporte …". */
    public String article() {
        return article;
    }

    public boolean issuedByBuyer() {
        return issuedByBuyer;
    }
}
