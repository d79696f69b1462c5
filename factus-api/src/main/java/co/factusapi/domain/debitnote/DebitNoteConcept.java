package co.factusapi.domain.debitnote;

import co.factusapi.domain.common.CodeTable;

/** Why a debit note adds to an invoice: the DIAN "concepto de corrección" of a nota débito (docs/factus-upstream.md §5). */
public enum DebitNoteConcept implements CodeTable {
    INTEREST("interest", "1", "Intereses"),
    EXPENSES("expenses", "2", "Gastos por cobrar"),
    VALUE_CHANGE("value_change", "3", "Cambio del valor"),
    OTHER("other", "4", "Otros");

    private final Entry entry;

    DebitNoteConcept(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
