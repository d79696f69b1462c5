package co.factusapi.testsupport;

/** Request bodies of the documents other than invoices, as a caller sends them over HTTP. */
public final class DocumentJson {
    private DocumentJson() {
    }

    /** A purchase of {@code quantity} arrobas of green coffee from a resident seller (support documents carry no tax). */
    public static String supportDocument(String reference, int quantity) {
        return """
                {"reference_code": "%s", "payment_method_code": "cash_payment", "observation": "Compra de café",
                 "provider": {"document_type": "NIT", "identification": "900123456", "dv": "8", "names": "Ana Gómez",
                              "address": "Vereda El Tablón", "email": "ana@example.com", "country_code": "CO",
                              "municipality_code": "68679", "organization_type": "person"},
                 "items": [%s]}""".formatted(reference, line(quantity, false));
    }

    public static String supportDocument(String reference) {
        return supportDocument(reference, 10);
    }

    /** One line: taxed, a 11900.00 unit with 19 % IVA included; untaxed, a 150000.00 unit, excluded. */
    public static String line(int quantity, boolean taxed) {
        return taxed ? """
                {"code_reference": "PROD-001", "name": "Café de Santander 500 g", "quantity": %d, "price": "11900.00",
                 "discount_rate": 0, "tax_rate": "19.00", "unit_measure_code": "94", "standard_code": "1",
                 "is_excluded": false, "tribute": "IVA"}""".formatted(quantity) : """
                {"code_reference": "CAFE-VERDE", "name": "Café verde (arroba)", "quantity": %d, "price": "150000.00",
                 "discount_rate": 0, "tax_rate": "0.00", "unit_measure_code": "94", "standard_code": "1",
                 "is_excluded": true, "tribute": "IVA"}""".formatted(quantity);
    }
}
