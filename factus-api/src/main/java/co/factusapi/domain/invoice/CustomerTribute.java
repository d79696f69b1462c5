package co.factusapi.domain.invoice;

/** The customer's tax regime. DIAN knows only these two for an acquirer ("01" IVA responsible, "ZZ" not applicable). */
public enum CustomerTribute implements CodeTable {
    IVA("IVA", "Responsable de IVA"),
    ZZ("ZZ", "No aplica");

    private final String code;
    private final String description;

    CustomerTribute(String code, String description) {
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
