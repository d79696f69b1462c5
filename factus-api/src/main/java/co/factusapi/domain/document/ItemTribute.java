package co.factusapi.domain.document;

import co.factusapi.domain.common.CodeTable;
/** The tax an item line carries. */
public enum ItemTribute implements CodeTable {
    IVA("IVA", "01", "IVA"),
    IC("IC", "02", "Impuesto al consumo departamental"),
    ICA("ICA", "03", "Impuesto de industria y comercio"),
    INC("INC", "04", "Impuesto nacional al consumo");

    private final Entry entry;

    ItemTribute(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
