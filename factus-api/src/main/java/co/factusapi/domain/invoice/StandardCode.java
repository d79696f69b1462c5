package co.factusapi.domain.invoice;

/** How an item's code_reference is to be read (DIAN product identification standard). */
public enum StandardCode implements CodeTable {
    OWN("1", "999", "Estándar de adopción del contribuyente"),
    UNSPSC("2", "001", "UNSPSC"),
    TARIFF("3", "020", "Partida Arancelaria"),
    GTIN("4", "010", "GTIN");

    private final String code;
    private final String dianCode;
    private final String description;

    StandardCode(String code, String dianCode, String description) {
        this.code = code;
        this.dianCode = dianCode;
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

    public String dianCode() {
        return dianCode;
    }
}
