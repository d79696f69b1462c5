package co.factusapi.domain.creditnote;

import co.factusapi.domain.common.CodeTable;
/**
 * Why a credit note corrects an invoice: the DIAN "concepto de corrección" of a nota crédito (Factus
 * {@code correction_concept_code} 1–6, docs/factus-upstream.md §4). The provider adapter maps them to its own codes.
 */
public enum CreditNoteConcept implements CodeTable {
    PARTIAL_RETURN("partial_return", "1", "Devolución parcial de los bienes y/o no aceptación parcial del servicio"),
    CANCELLATION("cancellation", "2", "Anulación de factura electrónica"),
    DISCOUNT("discount", "3", "Rebaja o descuento parcial o total"),
    PRICE_ADJUSTMENT("price_adjustment", "4", "Ajuste de precio"),
    OTHER("other", "5", "Otros");

    private final Entry entry;

    CreditNoteConcept(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
