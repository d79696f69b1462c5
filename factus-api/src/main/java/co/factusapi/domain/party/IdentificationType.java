package co.factusapi.domain.party;

import co.factusapi.domain.common.CodeTable;
/** DIAN identification document types. */
public enum IdentificationType implements CodeTable {
    RC("RC", "11", "Registro civil"),
    TI("TI", "12", "Tarjeta de identidad"),
    CC("CC", "13", "Cédula de ciudadanía"),
    TE("TE", "21", "Tarjeta de extranjería"),
    CE("CE", "22", "Cédula de extranjería"),
    NIT("NIT", "31", "NIT"),
    PASAPORTE("PASAPORTE", "41", "Pasaporte"),
    DIE("DIE", "42", "Documento de identificación extranjero"),
    PEP("PEP", "47", "PEP"),
    NIT_EXTRANJERO("NIT_EXTRANJERO", "50", "NIT de otro país"),
    NUIP("NUIP", "91", "NUIP");

    private final Entry entry;

    IdentificationType(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** Colombian numeric documents: digits only (DIAN rejects separators). */
    public boolean isNumeric() {
        return this == RC || this == TI || this == CC || this == NIT || this == NUIP;
    }
}
