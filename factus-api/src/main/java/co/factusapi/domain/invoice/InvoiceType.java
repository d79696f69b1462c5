package co.factusapi.domain.invoice;

import co.factusapi.domain.common.CodeTable;
/** What kind of sales document is issued. A contingency invoice (DIAN type 03) must cite related documents. */
public enum InvoiceType implements CodeTable {
    INVOICE("invoice", "01", "Factura electrónica de venta"),
    CONTINGENCY("contingency", "03", "Instrumento electrónico de transmisión – tipo 03");

    private final Entry entry;

    InvoiceType(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
