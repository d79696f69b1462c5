package co.factusapi.emulator.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A QR code drawn as vector squares, so it stays sharp at any zoom and scans from a print. */
final class QrCode {
    /** The white border a scanner needs around the symbol, in modules (ISO/IEC 18004). */
    static final int QUIET_ZONE_MODULES = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String content) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, 0);
        try {
            // Size 0 asks for one pixel per module; the squares are scaled when drawn.
            return new QrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /** Draws the symbol in a {@code size}-point square whose bottom-left corner is (x, bottom), quiet zone inside. */
    void draw(PdfCanvas canvas, float x, float bottom, float size) {
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_ZONE_MODULES);
        float left = x + QUIET_ZONE_MODULES * module;
        float top = bottom + size - QUIET_ZONE_MODULES * module;
        canvas.fill(x, bottom, size, size, Color.WHITE);
        List<float[]> dark = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                // One rectangle per run of dark modules keeps the content stream small.
                dark.add(new float[] {left + runStart * module, top - (row + 1) * module, (column - runStart) * module,
                        module});
            }
        }
        canvas.fillAll(dark, Color.BLACK);
    }
}
