package co.factusapi.domain.document;

import co.factusapi.domain.common.CodeTable;
public enum PaymentForm implements CodeTable {
    CASH("cash", "1", "Pago de contado"),
    CREDIT("credit", "2", "Pago a crédito");

    private final Entry entry;

    PaymentForm(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
