package co.factusapi.testsupport;

import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.party.Customer;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import java.math.BigDecimal;
import java.util.List;

/** Valid canonical invoices for tests, built like a caller would. */
public final class Invoices {
    private Invoices() {
    }

    public static Customer person() {
        return new Customer(IdentificationType.CC, "1137624282", null, null, null, "Juan Pérez", "Calle 10 # 5-20",
                "juan@example.com", "3001234567", "68679", OrganizationType.PERSON, CustomerTribute.ZZ);
    }

    public static Customer company(String nit, String dv) {
        return new Customer(IdentificationType.NIT, nit, dv, "Tienda La Esquina S.A.S.", null, null, "Carrera 7 # 1-2",
                "compras@laesquina.example", null, "68679", OrganizationType.COMPANY, CustomerTribute.IVA);
    }

    public static DocumentLine item(String price, String taxRate) {
        return new DocumentLine("PROD-001", "Café de Santander 500 g", 2, new BigDecimal(price), BigDecimal.ZERO,
                new BigDecimal(taxRate), "94", StandardCode.OWN, false, ItemTribute.IVA, null, null, List.of(), null);
    }

    public static InvoiceRequest request(String referenceCode) {
        return request(referenceCode, person());
    }

    public static InvoiceRequest request(String referenceCode, Customer customer) {
        return new InvoiceRequest("SETP", null, referenceCode, "Prueba", null, null, null, null, false, null, null,
                null, null, null, customer, List.of(item("11900.00", "19.00")));
    }
}
