package co.factusapi.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NitCheckDigitTest {

    /** Real NITs with their published DV (Factus sandbox company, HALLTEC, DIAN, Bancolombia, Ecopetrol). */
    @ParameterizedTest
    @CsvSource({"901724254,1", "900825759,7", "800197268,4", "890903938,8", "899999068,1"})
    void computesTheDianCheckDigit(String nit, int dv) {
        assertThat(NitCheckDigit.of(nit)).isEqualTo(dv);
        assertThat(NitCheckDigit.matches(nit, Integer.toString(dv))).isTrue();
        assertThat(NitCheckDigit.matches(nit, Integer.toString((dv + 1) % 10))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90172425-4", "1234567890123456", "abc"})
    void refusesWhatIsNotANit(String nit) {
        assertThatThrownBy(() -> NitCheckDigit.of(nit)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "x"})
    void aMalformedDvNeverMatches(String dv) {
        assertThat(NitCheckDigit.matches("901724254", dv)).isFalse();
    }
}
