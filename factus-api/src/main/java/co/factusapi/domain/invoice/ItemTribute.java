package co.factusapi.domain.invoice;

/** The tax an item line carries (DIAN tribute code in {@link #dianCode()}). */
public enum ItemTribute implements CodeTable {
    IVA("01", "IVA"),
    IC("02", "Impuesto al consumo departamental"),
    ICA("03", "Impuesto de industria y comercio"),
    INC("04", "Impuesto nacional al consumo");

    private final String dianCode;
    private final String description;

    ItemTribute(String dianCode, String description) {
        this.dianCode = dianCode;
        this.description = description;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String description() {
        return description;
    }

    public String dianCode() {
        return dianCode;
    }
}
