package co.factusapi.domain.document;

import co.factusapi.domain.common.CodeTable;
/** How an item's code_reference is to be read (DIAN product identification standard). */
public enum StandardCode implements CodeTable {
    OWN("1", "999", "Estándar de adopción del contribuyente"),
    UNSPSC("2", "001", "UNSPSC"),
    TARIFF("3", "020", "Partida Arancelaria"),
    GTIN("4", "010", "GTIN");

    private final Entry entry;

    StandardCode(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
