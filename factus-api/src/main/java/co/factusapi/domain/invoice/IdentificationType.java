package co.factusapi.domain.invoice;

/** DIAN identification document types (DIAN code in {@link #dianCode()}). */
public enum IdentificationType implements CodeTable {
    RC("11", "Registro civil"),
    TI("12", "Tarjeta de identidad"),
    CC("13", "Cédula de ciudadanía"),
    TE("21", "Tarjeta de extranjería"),
    CE("22", "Cédula de extranjería"),
    NIT("31", "NIT"),
    PASAPORTE("41", "Pasaporte"),
    DIE("42", "Documento de identificación extranjero"),
    PEP("47", "PEP"),
    NIT_EXTRANJERO("50", "NIT de otro país"),
    NUIP("91", "NUIP");

    private final String dianCode;
    private final String description;

    IdentificationType(String dianCode, String description) {
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

    /** Colombian numeric documents: digits only (DIAN rejects separators). */
    public boolean isNumeric() {
        return this == RC || this == TI || this == CC || this == NIT || this == NUIP;
    }
}
