package co.factusapi.domain.invoice;

public enum PaymentForm implements CodeTable {
    CASH("cash", "Pago de contado"),
    CREDIT("credit", "Pago a crédito");

    private final String code;
    private final String description;

    PaymentForm(String code, String description) {
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
