package co.factusapi.domain.invoice;

public enum OrganizationType implements CodeTable {
    COMPANY("company", "Persona Jurídica"),
    PERSON("person", "Persona Natural");

    private final String code;
    private final String description;

    OrganizationType(String code, String description) {
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
