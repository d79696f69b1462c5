package co.factusapi.domain.invoice;

/**
 * Why a credit note corrects an invoice: the DIAN "concepto de corrección" of a nota crédito (Factus
 * {@code correction_concept_code} 1–6, contract §4). The DIAN codes are mapped by the provider adapter.
 */
public enum CorrectionConcept implements CodeTable {
    PARTIAL_RETURN("partial_return", "Devolución parcial de los bienes y/o no aceptación parcial del servicio"),
    CANCELLATION("cancellation", "Anulación de factura electrónica"),
    DISCOUNT("discount", "Rebaja o descuento parcial o total"),
    PRICE_ADJUSTMENT("price_adjustment", "Ajuste de precio"),
    OTHER("other", "Otros");

    private final String code;
    private final String description;

    CorrectionConcept(String code, String description) {
        this.code = code;
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
}
