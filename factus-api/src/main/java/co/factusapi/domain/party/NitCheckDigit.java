package co.factusapi.domain.party;

/**
 * The DIAN "dígito de verificación" of a NIT: modulo 11 over the digits weighted, from the right, by
 * 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71. A wrong DV makes DIAN reject the invoice (rule FAK24).
 */
public final class NitCheckDigit {
    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private NitCheckDigit() {
    }

    public static int of(String nit) {
        if (nit == null || nit.isEmpty() || nit.length() > WEIGHTS.length || !nit.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A NIT is 1 to 15 digits, without DV or separators");
        }
        int sum = 0;
        for (int i = 0; i < nit.length(); i++) {
            sum += (nit.charAt(nit.length() - 1 - i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder > 1 ? 11 - remainder : remainder;
    }

    public static boolean matches(String nit, String dv) {
        return dv != null && dv.matches("\\d") && of(nit) == dv.charAt(0) - '0';
    }
}
