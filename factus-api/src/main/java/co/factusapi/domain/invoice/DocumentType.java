package co.factusapi.domain.invoice;

/** What kind of sales document is issued. A contingency invoice (DIAN type 03) must cite related documents. */
public enum DocumentType implements CodeTable {
    INVOICE("invoice", "01", "Factura electrónica de venta"),
    CONTINGENCY("contingency", "03", "Instrumento electrónico de transmisión – tipo 03");

    private final String code;
    private final String dianCode;
    private final String description;

    DocumentType(String code, String dianCode, String description) {
        this.code = code;
        this.dianCode = dianCode;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    public String dianCode() {
        return dianCode;
    }
}
