package co.factusapi.domain.document;

import co.factusapi.domain.common.CodeTable;
/** DIAN payment means. Callers may send the readable alias ({@code transfer}) or the DIAN code ({@code 47}). */
public enum PaymentMethod implements CodeTable {
    CASH("cash_payment", "10", "Efectivo"),
    CONSIGNMENT("cash_savings", "42", "Consignación"),
    CHECK("check", "20", "Cheque"),
    TRANSFER("transfer", "47", "Transferencia"),
    BONDS("bonds", "71", "Bonos"),
    VOUCHERS("vouchers", "72", "Vales"),
    UNDEFINED("undefined", "1", "Medio de pago no definido"),
    DEBIT_CARD("debit_card", "49", "Tarjeta Débito"),
    CREDIT_CARD("credit_card", "48", "Tarjeta Crédito"),
    OTHER("other", "ZZZ", "Otro");

    private final Entry entry;

    PaymentMethod(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
