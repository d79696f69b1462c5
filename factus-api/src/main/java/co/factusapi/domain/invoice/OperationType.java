package co.factusapi.domain.invoice;

import co.factusapi.domain.common.CodeTable;
public enum OperationType implements CodeTable {
    STANDARD("standard", "10", "Estándar"),
    MANDATES("mandates", "11", "Mandatos"),
    TRANSPORT("transport", "12", "Transporte");

    private final Entry entry;

    OperationType(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
