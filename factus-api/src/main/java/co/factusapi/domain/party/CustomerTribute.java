package co.factusapi.domain.party;

import co.factusapi.domain.common.CodeTable;
/** The customer's tax regime. DIAN knows only these two for an acquirer ("01" IVA responsible, "ZZ" not applicable). */
public enum CustomerTribute implements CodeTable {
    IVA("IVA", "01", "Responsable de IVA"),
    ZZ("ZZ", "ZZ", "No aplica");

    private final Entry entry;

    CustomerTribute(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
