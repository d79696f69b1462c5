package co.factusapi.testsupport;

/** The canonical invoice request as a caller sends it over HTTP (the README walk-through body). */
public final class InvoiceJson {
    private InvoiceJson() {
    }

    public static String body(String reference, String identification, String documentType, String dv) {
        return """
                {
                  "numbering_range_prefix": "SETP",
                  "reference_code": "%s",
                  "payment_form": "cash",
                  "payment_method_code": "cash_payment",
                  "send_email": false,
                  "customer": {
                    "document_type": "%s",
                    "identification": "%s",
                    %s
                    "names": "Juan Pérez",
                    "email": "juan@example.com",
                    "municipality_code": "68679",
                    "organization_type": "person",
                    "tribute": "ZZ"
                  },
                  "items": [{
                    "code_reference": "PROD-001",
                    "name": "Café de Santander 500 g",
                    "quantity": 2,
                    "price": "11900.00",
                    "discount_rate": 0,
                    "tax_rate": "19.00",
                    "unit_measure_code": "94",
                    "standard_code": "1",
                    "is_excluded": false,
                    "tribute": "IVA"
                  }]
                }""".formatted(reference, documentType, identification, dv == null ? "" : "\"dv\": \"" + dv + "\",");
    }
}
