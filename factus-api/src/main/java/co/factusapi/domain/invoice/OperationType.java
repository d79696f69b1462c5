package co.factusapi.domain.invoice;

public enum OperationType implements CodeTable {
    STANDARD("standard", "10", "Estándar"),
    MANDATES("mandates", "11", "Mandatos"),
    TRANSPORT("transport", "12", "Transporte");

    private final String code;
    private final String dianCode;
    private final String description;

    OperationType(String code, String dianCode, String description) {
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
