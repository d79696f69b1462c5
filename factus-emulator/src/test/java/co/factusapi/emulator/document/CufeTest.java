package co.factusapi.emulator.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CUFE formula against the real Factus CUFEs and the DIAN annex vector (docs/factus-upstream.md §12.1, §12.3). */
class CufeTest {
    private static final String SANDBOX_KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";

    @Test
    void reproducesTheDocsBillSetp990000493() {
        assertThat(Cufe.compute("SETP990000493", "2025-01-09", "13:56:13-05:00", "81232.50", "8767.50", "0.00",
                "0.00", "90000.00", "900825759", "123456789", SANDBOX_KEY, "2"))
                .isEqualTo("44e260a76e092e46fd5d8344a03146d5c8863ab68b18bde38a53318a33bf6805"
                        + "bac75f0bd71b0b75b3bd9c747a629470");
    }

    @Test
    void reproducesTheSandboxBillWithExcludedItems() {
        assertThat(Cufe.compute("SETP990024421", "2026-03-06", "10:10:19-05:00", "52000.00", "0.00", "0.00", "0.00",
                "52000.00", "901724254", "1137624282", SANDBOX_KEY, "2"))
                .isEqualTo("65f91efc81520c819f52ec8e659ebac5f9971bf5e1e1e494e866c72509d68073"
                        + "30ea6986e7a2a2c27fd26b3e03f85386");
    }

    @Test
    void reproducesTheSandboxBillForConsumidorFinal() {
        assertThat(Cufe.compute("SETP990024986", "2026-03-09", "15:41:54-05:00", "40000.00", "0.00", "0.00", "0.00",
                "40000.00", "901724254", "222222222222", SANDBOX_KEY, "2"))
                .isEqualTo("a44122b04e33a6d6b307075a9116ffaddc750743c374e279b60553c957250c0f"
                        + "c230adcce515893b6f1a6944fc171795");
    }

    @Test
    void reproducesTheDianAnnexVector() {
        assertThat(Cufe.compute("323200000129", "2019-01-16", "10:53:10-05:00", "1500000.00", "285000.00", "0.00",
                "0.00", "1785000.00", "700085371", "800199436", "693ff6f2a553c3646a063436fd4dd9ded0311471", "1"))
                .isEqualTo("8bb918b19ba22a694f1da11c643b5e9de39adf60311cf179179e9b33381030bc"
                        + "d4c3c3f156c506ed5908f9276f5bd9b4");
    }

    @Test
    void checkDigitFollowsDianModulo11() {
        assertThat(DianCheckDigit.of("901724254")).isEqualTo(1);
        assertThat(DianCheckDigit.of("900825759")).isEqualTo(7);
        assertThat(DianCheckDigit.of("12-3")).isEqualTo(-1);
    }
}
