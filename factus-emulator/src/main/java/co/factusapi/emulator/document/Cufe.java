package co.factusapi.emulator.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;

/** DIAN CUFE (Anexo Técnico §11.2, docs/factus-upstream.md §12.1): lowercase hex SHA-384 of the parts concatenated. */
public final class Cufe {
    public static final String TEST_ENVIRONMENT = "2";
    /**
     * CUDE and CUDS put the issuing software's PIN where the CUFE has the range's technical key (§12.1). Factus's
     * PIN is not public, so the emulator uses its own: its CUDEs and CUDSs only look real.
     */
    public static final String EMULATOR_SOFTWARE_PIN = "75315";

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

    /** The CUFE or CUDE of a document issued now with these totals; {@code key} is the technical key or the PIN. */
    public static String compute(String number, ZonedDateTime issuedAt, DocumentTotals totals, String issuerNit,
            String customerId, String key) {
        return compute(number, issuedAt.toLocalDate().toString(), ColombiaTime.timeWithOffset(issuedAt),
                Money.text(totals.gross()), Money.text(totals.iva()), Money.text(totals.inc()),
                Money.text(totals.ica()), Money.text(totals.total()), issuerNit, customerId, key, TEST_ENVIRONMENT);
    }

    /**
     * A CUDS, for support documents and their adjustment notes: as we read DIAN's support-document annex, NumDS,
     * FecDS, HorDS, ValDS, 01, ValImp (IVA), ValTol, the provider's id (NumSNO), the buyer's NIT (NITABS), the PIN and
     * TipoAmbiente. The field list is unverified (§12.1, C) and the PIN is the emulator's: not reproducible anyway.
     */
    public static String cuds(String number, ZonedDateTime issuedAt, DocumentTotals totals, String providerId,
            String buyerNit) {
        return sha384Hex(number + issuedAt.toLocalDate() + ColombiaTime.timeWithOffset(issuedAt)
                + Money.text(totals.gross()) + "01" + Money.text(totals.iva()) + Money.text(totals.total())
                + providerId + buyerNit + EMULATOR_SOFTWARE_PIN + TEST_ENVIRONMENT);
    }

    public static String sha384Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-384");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is mandatory in every JDK", e);
        }
    }
}
