package co.factusapi.domain.adjustmentnote;

import co.factusapi.domain.common.CodeTable;

/** Why an adjustment note corrects a support document (docs/factus-upstream.md §7). */
public enum AdjustmentNoteConcept implements CodeTable {
    PARTIAL_RETURN("partial_return", "1", "Devolución parcial de los bienes y/o no aceptación parcial del servicio"),
    CANCELLATION("cancellation", "2", "Anulación del documento soporte"),
    DISCOUNT("discount", "3", "Rebaja o descuento parcial o total"),
    PRICE_ADJUSTMENT("price_adjustment", "4", "Ajuste de precio"),
    OTHER("other", "5", "Otros");

    private final Entry entry;

    AdjustmentNoteConcept(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
