package co.factusapi.emulator.pdf;

import java.util.List;
import java.util.Locale;

/** The customer (or provider) block: a titled band and two columns of labelled values. */
final class PartySection {
    private static final float TITLE_HEIGHT = 15;
    private static final float ROW_HEIGHT = 12;
    private static final float LABEL_WIDTH = 64;

    private PartySection() {
    }

    static void draw(Layout layout) {
        PdfCanvas canvas = layout.canvas;
        DocumentView.Party party = layout.view.counterpart();
        float top = canvas.y();
        float height = TITLE_HEIGHT + 3 * ROW_HEIGHT + 8;
        canvas.frame(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, Styles.RULE);
        canvas.fill(PdfCanvas.LEFT, top - TITLE_HEIGHT, PdfCanvas.WIDTH, TITLE_HEIGHT, Styles.TINT);
        canvas.text(PdfText.safe(party.role().toUpperCase(Locale.forLanguageTag("es-CO"))), PdfCanvas.LEFT + 8,
                Styles.centredBaseline(top, TITLE_HEIGHT, layout.styles.label), layout.styles.label);
        float half = PdfCanvas.WIDTH / 2;
        drawColumn(layout, PdfCanvas.LEFT + 8, top - TITLE_HEIGHT - 4, half - 16, List.of(
                new DocumentView.Field("Nombre", party.name()),
                new DocumentView.Field("Identificación", party.identification()),
                new DocumentView.Field("Dirección", party.address())));
        drawColumn(layout, PdfCanvas.LEFT + half + 8, top - TITLE_HEIGHT - 4, half - 16, List.of(
                new DocumentView.Field("Ciudad", party.city()),
                new DocumentView.Field("Teléfono", party.phone()),
                new DocumentView.Field("Correo", party.email())));
        canvas.moveDown(height + 10);
    }

    private static void drawColumn(Layout layout, float x, float top, float width, List<DocumentView.Field> fields) {
        Styles styles = layout.styles;
        float rowTop = top;
        for (DocumentView.Field field : fields) {
            float baseline = Styles.centredBaseline(rowTop, ROW_HEIGHT, styles.body);
            layout.canvas.text(PdfText.safe(field.label()), x, baseline, styles.smallMuted);
            String value = field.value() == null || field.value().isBlank() ? "—" : field.value();
            layout.canvas.text(PdfText.fit(value, styles.bodyBold, width - LABEL_WIDTH), x + LABEL_WIDTH, baseline,
                    styles.bodyBold);
            rowTop -= ROW_HEIGHT;
        }
    }
}
