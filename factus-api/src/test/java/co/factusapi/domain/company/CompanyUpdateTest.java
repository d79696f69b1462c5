package co.factusapi.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanyUpdateTest {

    @Test
    void onlyTheFieldsSentAreChanges() {
        CompanyUpdate update = new CompanyUpdate(null, null, "Nuevo Nombre", null, null, null, null, null,
                "ventas@example.com", null, null, "68679", null);
        assertThat(update.changes()).containsExactly(Map.entry("trade_name", "Nuevo Nombre"),
                Map.entry("email", "ventas@example.com"), Map.entry("municipality_code", "68679"));
    }

    @Test
    void codesAndFormatsAreCheckedAllAtOnce() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> new CompanyUpdate("3",
                null, " ", null, null, null, "62", "abc", "x@", null, "IVA", "123", "O-99"));
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("legal_organization_code",
                "trade_name", "economic_activity", "phone", "email", "tribute_code", "municipality_code", "responsibilities");
    }

    @Test
    void anEmptyUpdateIsRejected() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> new CompanyUpdate(null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(e.violations()).hasSize(1);
    }
}
