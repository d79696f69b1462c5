package co.factusapi.domain.party;

import co.factusapi.domain.common.CodeTable;
public enum OrganizationType implements CodeTable {
    COMPANY("company", "1", "Persona Jurídica"),
    PERSON("person", "2", "Persona Natural");

    private final Entry entry;

    OrganizationType(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
