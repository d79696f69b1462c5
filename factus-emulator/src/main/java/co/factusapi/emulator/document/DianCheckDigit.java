package co.factusapi.emulator.document;


/** DIAN's modulo-11 check digit (DV) for a NIT. */
public final class DianCheckDigit {
    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private DianCheckDigit() {
    }

    /** The DV, or -1 when the NIT is not 1 to 15 digits. */
    public static int of(String nit) {
        if (nit == null || !nit.matches("\\d{1,15}")) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < nit.length(); i++) {
            int digit = nit.charAt(nit.length() - 1 - i) - '0';
            sum += digit * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder > 1 ? 11 - remainder : remainder;
    }
}
