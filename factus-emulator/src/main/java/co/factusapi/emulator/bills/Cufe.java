package co.factusapi.emulator.bills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** DIAN CUFE (Anexo Técnico §11.2, contract §10.1): lowercase hex SHA-384 of the parts concatenated. */
public final class Cufe {
    public static final String TEST_ENVIRONMENT = "2";

    private Cufe() {
    }

    /** Amounts are 2-decimal strings; the tax codes 01 (IVA), 04 (INC) and 03 (ICA) are fixed by the annex. */
    public static String compute(String number, String issueDate, String issueTime, String lineExtension,
            String iva, String inc, String ica, String payable, String issuerNit, String customerId,
            String technicalKey, String environment) {
        String text = number + issueDate + issueTime + lineExtension + "01" + iva + "04" + inc + "03" + ica + payable
                + issuerNit + customerId + technicalKey + environment;
        return sha384Hex(text);
    }

    static String sha384Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-384");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is mandatory in every JDK", e);
        }
    }
}
