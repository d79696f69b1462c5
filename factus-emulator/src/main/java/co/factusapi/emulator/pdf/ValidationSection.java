package co.factusapi.emulator.pdf;

import java.util.List;
import java.util.Locale;

/** The DIAN block: QR code on the left; CUFE/CUDE and the legal legends on the right. */
final class ValidationSection {
    private static final float QR_SIZE = 120;
    private static final float PADDING = 8;

    private ValidationSection() {
    }

    static void draw(Layout layout) {
        float height = QR_SIZE + 2 * PADDING;
        layout.ensureRoom(height);
        PdfCanvas canvas = layout.canvas;
        float top = canvas.y();
        canvas.frame(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, Styles.RULE);
        DocumentView.Validation validation = layout.view.validation();
        QrCode.of(validation.qrContent()).draw(canvas, PdfCanvas.LEFT + PADDING, top - PADDING - QR_SIZE, QR_SIZE);
        drawLegends(layout, PdfCanvas.LEFT + QR_SIZE + 2 * PADDING, top - PADDING - 6);
        canvas.moveDown(height);
    }

    private static void drawLegends(Layout layout, float x, float top) {
        Styles styles = layout.styles;
        PdfCanvas canvas = layout.canvas;
        DocumentView view = layout.view;
        float width = PdfCanvas.RIGHT - PADDING - x;
        float baseline = top - styles.label.size();
        canvas.text(PdfText.safe(view.validation().uuidName()), x, baseline, styles.label);
        baseline -= styles.label.leading() + 1;
        for (String line : PdfText.wrap(view.validation().uuid(), styles.mono, width, 3)) {
            canvas.text(line, x, baseline, styles.mono);
            baseline -= styles.mono.leading();
        }
        baseline -= 6;
        for (String legend : legends(view)) {
            for (String line : PdfText.wrap(legend, styles.smallMuted, width, 2)) {
                canvas.text(line, x, baseline, styles.smallMuted);
                baseline -= styles.smallMuted.leading();
            }
        }
    }

    private static List<String> legends(DocumentView view) {
        String document = view.title().toLowerCase(Locale.forLanguageTag("es-CO"));
        return List.of(
                "Representación gráfica de la " + document + " " + view.number() + ".",
                "Escanee el código QR para consultar el documento en el catálogo de la DIAN por su "
                        + view.validation().uuidName() + ".",
                "Generado por el emulador de Factus: documento de prueba, sin validez fiscal.");
    }
}
